import { Card, Col, Grid, Result, Row, Segmented, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useTimeZone } from '@/components/TimeZone';
import { useQualityOverview } from '@/features/quality/api/get-quality-overview';
import { useQualityTrend } from '@/features/quality/api/get-quality-trend';
import { useQualityWarnings } from '@/features/quality/api/get-quality-warnings';
import { useLiveQualityWarnings } from '@/features/quality/api/live-warnings';
import { BuildingHeatMap } from '@/features/quality/components/BuildingHeatMap';
import { KpiCards } from '@/features/quality/components/KpiCards';
import { TREND_METRICS } from '@/features/quality/components/metrics';
import { TrendChart } from '@/features/quality/components/TrendChart';
import { WarningList } from '@/features/quality/components/WarningList';
import { useNow } from '@/lib/duration';
import { useUpdateSearchParams } from '@/lib/search-params';

export const PERIODS = ['30', '90'] as const;

/** The last N days to the minute (so the query stays the same while the minute lasts). */
export function rollingPeriod(days: number, now: number): { from: string; to: string } {
  const to = Math.floor(now / 60_000) * 60_000;
  return { from: new Date(to - days * 86_400_000).toISOString(), to: new Date(to).toISOString() };
}

/**
 * /quality — 品质看板 of the header's project: KPI cards with targets and the change from the previous period, the
 * warnings, a building × figure heat map and one figure's 12-month trend; every number opens the records behind it.
 * The period (?period=30|90 days) and the trend's figure (?metric=) are in the URL.
 */
export function QualityPage({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const period = PERIODS.find((p) => p === params.get('period')) ?? '30';
  const metric = TREND_METRICS.find((m) => m === params.get('metric')) ?? 'resolutionOnTimeRate';
  const now = useNow(60_000);
  const range = rollingPeriod(Number(period), now);
  const project = useQualityOverview(projectId ? { projectIds: [projectId], ...range, groupBy: 'project' } : undefined);
  const buildings = useQualityOverview(projectId ? { projectIds: [projectId], ...range, groupBy: 'building' } : undefined);
  const warnings = useQualityWarnings(projectId);
  // A new warning (announced once by the API on the live stream) reloads the list.
  useLiveQualityWarnings(projectId);
  const trend = useQualityTrend(projectId, metric);

  if (!projectId) return <Result status="info" title={t('quality.noProject')} />;
  if (project.isError) return <QueryErrorResult error={project.error} onRetry={() => void project.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('quality.title')}
        extra={
          <Segmented
            value={period}
            options={PERIODS.map((p) => ({ value: p, label: t('quality.lastDays', { days: p }) }))}
            onChange={(value) => update({ period: value === '30' ? undefined : String(value) })}
          />
        }
      />
      {project.data?.groups[0] ? <KpiCards figures={project.data.groups[0].figures} timeZone={timeZone} /> : <Skeleton active />}
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('quality.warnings')} style={{ height: '100%' }}>
            {warnings.data ? <WarningList warnings={warnings.data.warnings} timeZone={timeZone} /> : <Skeleton active />}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('quality.heatMap')} style={{ height: '100%' }}>
            {buildings.data ? <BuildingHeatMap groups={buildings.data.groups} timeZone={timeZone} phone={phone} /> : <Skeleton active />}
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        style={{ marginTop: 12 }}
        title={t('quality.trend')}
        extra={
          <Select
            value={metric}
            style={{ width: phone ? 150 : 220 }}
            aria-label={t('quality.trendMetric')}
            options={TREND_METRICS.map((m) => ({ value: m, label: t(`quality.metric.${m}`) }))}
            onChange={(value) => update({ metric: value })}
          />
        }
      >
        {trend.data ? <TrendChart trend={trend.data} timeZone={timeZone} /> : <Skeleton active />}
      </Card>
    </>
  );
}
