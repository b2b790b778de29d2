import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Col, Grid, Row, Statistic, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStats } from '@/features/work-orders/api/get-work-order-stats';
import { formatRate } from '@/features/work-orders/components/stats-format';
import { useFormatMinutes } from '@/lib/duration';
import { formatNumber } from '@/lib/format';

type Kpi = { key: string; value: string; extra?: ReactNode; bad?: boolean };

/** On-time shares under this are shown in red: a manager's eye goes there first. */
const ON_TIME_TARGET = 0.9;

/** The period's figures as cards: five in a row on a desktop, two on a phone; each says how it is computed. */
export function StatsKpis({ stats }: { stats: WorkOrderStats }) {
  const { t, i18n } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const minutes = useFormatMinutes();
  const rate = (value: number | undefined) => formatRate(value, i18n.language);
  const below = (value: number | undefined) => value !== undefined && value < ON_TIME_TARGET;

  const kpis: Kpi[] = [
    { key: 'total', value: formatNumber(stats.total, i18n.language) },
    {
      key: 'completed',
      value: formatNumber(stats.completed, i18n.language),
      extra: stats.total > 0 ? t('workOrders.stats.ofTotal', { rate: rate(stats.completed / stats.total) }) : undefined,
    },
    { key: 'responseOnTime', value: rate(stats.responseOnTimeRate), bad: below(stats.responseOnTimeRate) },
    { key: 'resolutionOnTime', value: rate(stats.resolutionOnTimeRate), bad: below(stats.resolutionOnTimeRate) },
    { key: 'responseTime', value: minutes(stats.meanResponseMinutes), extra: t('workOrders.stats.p90', { time: minutes(stats.p90ResponseMinutes) }) },
    { key: 'resolutionTime', value: minutes(stats.meanResolutionMinutes), extra: t('workOrders.stats.p90', { time: minutes(stats.p90ResolutionMinutes) }) },
    { key: 'reworkRate', value: rate(stats.reworkRate), extra: t('workOrders.stats.reworkCount', { count: stats.reworkCount }) },
    { key: 'returnVisitRate', value: rate(stats.returnVisitRate) },
    { key: 'returnVisitOnTime', value: rate(stats.returnVisitOnTimeRate), bad: below(stats.returnVisitOnTimeRate) },
    {
      key: 'satisfaction',
      value: stats.meanSatisfaction === undefined ? '—' : new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(stats.meanSatisfaction),
      extra: stats.meanSatisfaction === undefined ? undefined : t('workOrders.stats.outOf5'),
    },
  ];

  return (
    <Row gutter={[12, 12]} data-testid="stats-kpis">
      {kpis.map((kpi) => (
        <Col key={kpi.key} xs={12} md={8} xl={{ flex: '20%' }}>
          <Card size="small" style={{ height: '100%' }} data-testid={`kpi-${kpi.key}`}>
            <Statistic
              title={
                <span>
                  {t(`workOrders.stats.kpi.${kpi.key}`)}{' '}
                  <Tooltip title={t(`workOrders.stats.kpiHelp.${kpi.key}`)} trigger={['hover', 'focus']}>
                    <QuestionCircleOutlined aria-label={t(`workOrders.stats.kpiHelp.${kpi.key}`)} tabIndex={0} style={{ fontSize: 12 }} />
                  </Tooltip>
                </span>
              }
              value={kpi.value}
              valueStyle={{ fontSize: phone ? 20 : 24, whiteSpace: 'nowrap', ...(kpi.bad ? { color: '#cf1322' } : {}) }}
            />
            {kpi.extra && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {kpi.extra}
              </Typography.Text>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
