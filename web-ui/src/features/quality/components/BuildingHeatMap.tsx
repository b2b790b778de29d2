import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { QualityGroup } from '@/features/quality/api/get-quality-overview';
import { Chart, type ChartOption } from '@/features/quality/components/Chart';
import { drillToRoute } from '@/features/quality/components/drill';
import { formatValue, HEAT_METRICS, heat } from '@/features/quality/components/metrics';
import { setSelectedProjectId } from '@/lib/selected-project';

type Cell = { value: [number, number, number | null]; label: string; drill: QualityGroup['figures'][number]['drillDown'] };

/**
 * Buildings × figures: each cell coloured by how the building stands among the project's buildings on that figure (green best,
 * red worst), labelled with the value; a click opens the records behind it.
 */
export function BuildingHeatMap({ groups, timeZone, phone }: { groups: readonly QualityGroup[]; timeZone: string; phone: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const buildings = groups.filter((g) => g.key !== 'none');
  // Figures no building has in the period (a survey outside it, say) are left out rather than shown as an empty column.
  const keys = HEAT_METRICS.filter((key) => buildings.some((g) => g.figures.find((f) => f.key === key)?.value != null));
  // …and named under the map, so a missing 满意度 column reads as "no survey in the period", not as a gap.
  const missing = HEAT_METRICS.filter((key) => !keys.includes(key));
  const cells: Cell[] = [];
  keys.forEach((key, x) => {
    const column = buildings.map((g) => g.figures.find((f) => f.key === key)?.value);
    buildings.forEach((g, y) => {
      const f = g.figures.find((fig) => fig.key === key);
      const score = heat(key, f?.value, column);
      cells.push({ value: [x, y, score ?? null], label: formatValue(key, f?.value, i18n.language), drill: f?.drillDown });
    });
  });
  const option: ChartOption = {
    tooltip: { formatter: (p: unknown) => {
      const d = (p as { data: Cell; name: string }).data;
      return `${buildings[d.value[1]]?.label ?? ''} · ${t(`quality.metric.${keys[d.value[0]] ?? ''}`)}: ${d.label}`;
    } },
    grid: { left: phone ? 48 : 72, right: 8, top: 8, bottom: phone ? 96 : 72 },
    xAxis: { type: 'category', data: keys.map((k) => t(`quality.metricShort.${k}`)), axisLabel: { interval: 0, rotate: phone ? 60 : 30, fontSize: 11 } },
    yAxis: { type: 'category', data: buildings.map((g) => g.label), inverse: true },
    visualMap: { min: 0, max: 1, show: false, inRange: { color: ['#ff7875', '#ffe58f', '#95de64'] } },
    series: [
      {
        type: 'heatmap',
        data: cells,
        label: { show: true, formatter: (p: unknown) => (p as { data: Cell }).data.label, fontSize: phone ? 9 : 11 },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  } as ChartOption;
  return (
    <>
      <Chart
        option={option}
        height={Math.max(160, buildings.length * 36 + (phone ? 110 : 90))}
        label={t('quality.heatMap')}
        onClick={(data) => {
          const drill = (data as Cell | undefined)?.drill;
          if (!drill) return;
          const link = drillToRoute(drill, timeZone);
          if (link.projectId) setSelectedProjectId(link.projectId);
          void navigate(link.path);
        }}
      />
      {missing.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="heat-map-missing">
          {t('quality.heatMapMissing', { metrics: missing.map((k) => t(`quality.metricShort.${k}`)).join(t('quality.listSeparator')) })}
        </Typography.Text>
      )}
    </>
  );
}
