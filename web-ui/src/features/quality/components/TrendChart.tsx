import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { QualityTrend } from '@/features/quality/api/get-quality-trend';
import { Chart, type ChartOption } from '@/features/quality/components/Chart';
import { drillToRoute } from '@/features/quality/components/drill';
import { formatValue, METRICS } from '@/features/quality/components/metrics';
import { setSelectedProjectId } from '@/lib/selected-project';

/** One figure over the months (rates in %), the target as a dashed line; a click on a month opens its records. */
export function TrendChart({ trend, timeZone }: { trend: QualityTrend; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const rate = METRICS[trend.metric]?.kind === 'rate';
  const scale = (v: number | undefined) => (v === undefined || v === null ? null : rate ? Math.round(v * 1000) / 10 : v);
  const option: ChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatValue(trend.metric, rate ? v / 100 : v, i18n.language) : '—') },
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: trend.points.map((p) => p.month) },
    yAxis: { type: 'value', axisLabel: { formatter: rate ? '{value}%' : '{value}' } },
    series: [
      {
        type: 'line',
        name: t(`quality.metric.${trend.metric}`),
        data: trend.points.map((p) => ({ value: scale(p.value), month: p.month })),
        connectNulls: true,
        symbolSize: 8,
        ...(trend.target !== undefined ? { markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#cf1322' }, data: [{ yAxis: scale(trend.target) ?? 0 }] } } : {}),
      },
    ],
  };
  return (
    <Chart
      option={option}
      height={260}
      label={t('quality.trendOf', { metric: t(`quality.metric.${trend.metric}`) })}
      onClick={(data) => {
        const month = (data as { month?: string } | undefined)?.month;
        const drill = trend.points.find((p) => p.month === month)?.drillDown;
        if (!drill) return;
        const link = drillToRoute(drill, timeZone);
        if (link.projectId) setSelectedProjectId(link.projectId);
        void navigate(link.path);
      }}
    />
  );
}
