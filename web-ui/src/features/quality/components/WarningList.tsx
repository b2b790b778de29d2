import { Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QualityWarning } from '@/features/quality/api/get-quality-warnings';
import { FigureLink } from '@/features/quality/components/FigureLink';
import { formatValue } from '@/features/quality/components/metrics';

/** The early warnings, each worded from its fields and a link to the records behind it. */
export function WarningList({ warnings, timeZone }: { warnings: readonly QualityWarning[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.noWarnings')} />;
  const fmt = (w: QualityWarning, v: number | undefined) => formatValue(w.metric ?? 'complaints', v, i18n.language);
  return (
    <List
      size="small"
      dataSource={[...warnings]}
      renderItem={(w, index) => (
        <List.Item data-testid="quality-warning">
          <FigureLink drill={w.drillDown} timeZone={timeZone}>
            <Tag color={w.severity === 'HIGH' ? 'red' : 'orange'}>{t(`quality.warningKind.${w.kind}`)}</Tag>
            <span data-testid={`quality-warning-${index}`}>
              {t(`quality.warning.${w.kind}`, {
                metric: w.metric ? t(`quality.metric.${w.metric}`) : '',
                building: w.buildingName ?? t('quality.wholeProject'),
                value: fmt(w, w.value),
                threshold: fmt(w, w.threshold),
              })}
            </span>
          </FigureLink>
        </List.Item>
      )}
    />
  );
}
