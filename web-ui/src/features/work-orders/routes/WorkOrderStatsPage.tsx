import { Card, Col, DatePicker, Empty, Flex, Grid, Result, Row, Segmented, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useWorkOrderStats } from '@/features/work-orders/api/get-work-order-stats';
import { AssigneeStatsTable } from '@/features/work-orders/components/AssigneeStatsTable';
import { Chart, type ChartOption } from '@/features/work-orders/components/Chart';
import { todayIn } from '@/lib/dates';
import { isOneOf, STATUSES } from '@/features/work-orders/components/labels';
import { useNow } from '@/lib/duration';
import { barChartHeight, countBarOption, shareOption, STATUS_CHART_COLORS, trendOption } from '@/features/work-orders/components/stats-charts';
import { periodDates, PERIODS, readStatsState, STATS_PARAMS, toStatsPeriod, type Period } from '@/features/work-orders/components/stats-period';
import { StatsKpis } from '@/features/work-orders/components/StatsKpis';
import { useCategoryLabel } from '@/features/work-orders/components/Tags';
import type { Schemas } from '@/lib/api/client';
import { setSelectedProjectId } from '@/lib/selected-project';
import { useUpdateSearchParams } from '@/lib/search-params';

/** The custom period: one range picker, or on a phone two date pickers (two months side by side do not fit). */
function CustomRange({
  from,
  to,
  last,
  separate,
  onChange,
}: {
  from: string;
  to: string;
  /** The last day that may be picked (today where the project is). */
  last: string | undefined;
  separate: boolean;
  onChange: (from: string, to: string) => void;
}) {
  const { t } = useTranslation();
  const disabledDate = (date: Dayjs) => last !== undefined && date.format('YYYY-MM-DD') > last;
  if (!separate) {
    return (
      <DatePicker.RangePicker
        value={[dayjs(from), dayjs(to)]}
        allowClear={false}
        disabledDate={disabledDate}
        onChange={(range) => {
          const [start, end] = range ?? [];
          if (start && end) onChange(start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD'));
        }}
        aria-label={t('workOrders.stats.customRange')}
      />
    );
  }
  // The other end follows when a pick would put the range the wrong way round.
  return (
    <Flex gap={8} align="center" style={{ width: '100%' }}>
      <DatePicker
        value={dayjs(from)}
        allowClear={false}
        disabledDate={disabledDate}
        inputReadOnly
        style={{ flex: 1 }}
        aria-label={t('workOrders.stats.from')}
        onChange={(date: Dayjs | null) => {
          if (!date) return;
          const next = date.format('YYYY-MM-DD');
          onChange(next, next > to ? next : to);
        }}
      />
      –
      <DatePicker
        value={dayjs(to)}
        allowClear={false}
        disabledDate={disabledDate}
        inputReadOnly
        style={{ flex: 1 }}
        aria-label={t('workOrders.stats.to')}
        onChange={(date: Dayjs | null) => {
          if (!date) return;
          const next = date.format('YYYY-MM-DD');
          onChange(next < from ? next : from, next);
        }}
      />
    </Flex>
  );
}

/**
 * /work-orders/stats — a project's service quality over a period (both in the URL): figures, the
 * trend, orders by category, status and type, and the same figures per technician.
 */
export function WorkOrderStatsPage({
  projects,
  projectId,
  timeZone,
}: {
  projects: readonly Schemas['ProjectRef'][];
  /** The URL's project when it is one of mine, else the header's. */
  projectId: string | undefined;
  /** The project's; day boundaries follow it. Undefined while it loads. */
  timeZone: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const categoryLabel = useCategoryLabel();
  const [params] = useSearchParams();
  const state = readStatsState(params);
  // Re-read every minute, so a page left open moves on to the next day after midnight.
  const now = useNow(60_000);
  const period = projectId && timeZone ? toStatsPeriod(state, projectId, timeZone, now) : undefined;
  const stats = useWorkOrderStats(period);
  const shown = timeZone ? periodDates(state, todayIn(timeZone, now)) : undefined;

  const update = useUpdateSearchParams();

  // The project goes into the URL (a shared link shows the same project) and into the header.
  useEffect(() => {
    if (!projectId) return;
    setSelectedProjectId(projectId);
    if (state.projectId !== projectId) update({ [STATS_PARAMS.project]: projectId });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projectId]);

  const choosePeriod = (next: Period) => {
    // "Custom" starts from the dates shown now, ready to be changed.
    if (next === 'custom') update({ [STATS_PARAMS.period]: next, [STATS_PARAMS.from]: shown?.from, [STATS_PARAMS.to]: shown?.to });
    else update({ [STATS_PARAMS.period]: next === '30d' ? undefined : next, [STATS_PARAMS.from]: undefined, [STATS_PARAMS.to]: undefined });
  };

  const data = stats.data;
  const chartCard = (key: string, title: string, height: number, option: ChartOption | undefined) => (
    <Card size="small" title={title} style={{ height: '100%' }} data-testid={`chart-${key}`}>
      {option ? <Chart option={option} height={height} label={title} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
    </Card>
  );

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: t('nav.workOrders'), to: '/work-orders' }, { title: t('nav.workOrderStats') }]}
        title={t('nav.workOrderStats')}
        subTitle={shown && t('workOrders.stats.periodShown', { from: shown.from, to: shown.to })}
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} wrap align="center">
          {projects.length > 1 && (
            <Select
              value={projectId}
              style={{ width: phone ? '100%' : 220 }}
              aria-label={t('workOrders.stats.project')}
              onChange={(value: string) => update({ [STATS_PARAMS.project]: value })}
              options={projects.map((project) => ({ value: project.id, label: `${project.code} · ${project.name}` }))}
              data-testid="stats-project"
            />
          )}
          <Segmented<Period>
            block={phone}
            style={phone ? { width: '100%' } : undefined}
            value={state.period}
            onChange={choosePeriod}
            options={PERIODS.map((value) => ({ value, label: t(`workOrders.stats.period.${value}`) }))}
            aria-label={t('workOrders.stats.periodLabel')}
            data-testid="stats-period"
          />
          {state.period === 'custom' && state.from && state.to && (
            <CustomRange
              from={state.from}
              to={state.to}
              last={timeZone ? todayIn(timeZone, now) : undefined}
              separate={phone}
              onChange={(from, to) => update({ [STATS_PARAMS.from]: from, [STATS_PARAMS.to]: to })}
            />
          )}
        </Flex>
      </Card>
      {!projectId ? (
        <Result status="info" title={t('workOrders.form.noProject')} />
      ) : stats.isError ? (
        <Card>
          <QueryErrorResult error={stats.error} onRetry={() => void stats.refetch()} />
        </Card>
      ) : !data ? (
        <Card loading />
      ) : (
        <Flex vertical gap={12} style={{ opacity: stats.isPlaceholderData ? 0.6 : 1, transition: 'opacity .2s' }}>
          <StatsKpis stats={data} />
          {chartCard('trend', t(`workOrders.stats.charts.trend${data.trendInterval}`), phone ? 340 : 380, data.total > 0 ? trendOption(data, t, i18n.language, phone) : undefined)}
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={10}>
              {chartCard('byCategory', t('workOrders.stats.charts.byCategory'), barChartHeight(data.byCategory.length), data.byCategory.length > 0 ? countBarOption(data.byCategory, categoryLabel) : undefined)}
            </Col>
            <Col xs={24} md={12} lg={7}>
              {chartCard(
                'byStatus',
                t('workOrders.stats.charts.byStatus'),
                barChartHeight(data.byStatus.length),
                data.byStatus.length > 0
                  ? countBarOption(
                      data.byStatus,
                      (key) => (isOneOf(STATUSES, key) ? t(`workOrders.status.${key}`) : key),
                      (key) => (isOneOf(STATUSES, key) ? STATUS_CHART_COLORS[key] : '#1677ff'),
                    )
                  : undefined,
              )}
            </Col>
            <Col xs={24} md={12} lg={7}>
              {chartCard('byType', t('workOrders.stats.charts.byType'), 260, data.byType.length > 0 ? shareOption(data.byType, (key) => t(`workOrders.type.${key}`, { defaultValue: key })) : undefined)}
            </Col>
          </Row>
          <Card size="small" title={t('workOrders.stats.byAssignee')}>
            <AssigneeStatsTable rows={data.byAssignee} />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
              {t('workOrders.stats.byAssigneeHint')}
            </Typography.Paragraph>
          </Card>
        </Flex>
      )}
    </>
  );
}
