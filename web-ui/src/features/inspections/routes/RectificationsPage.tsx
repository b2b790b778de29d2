import { Button, Card, DatePicker, Flex, Grid, Segmented, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterRow, SelectFilter, SwitchFilter } from '@/components/FilterBar';
import { ExportButton } from '@/components/ExportButton';
import { NoneGroupTags, readNoneGroup } from '@/components/NoneGroupTags';
import { PageHeader } from '@/components/PageHeader';
import { useFormatShortDateTime, useTimeZone } from '@/components/TimeZone';
import { useLiveInspections } from '@/features/inspections/api/live-updates';
import { useRectifications, useRectificationSummary, type Rectification, type RectificationFilters } from '@/features/inspections/api/rectifications';
import { DaysLeft } from '@/features/inspections/components/DaysLeft';
import { ListView } from '@/features/inspections/components/ListView';
import { RECTIFICATION_STATUSES, RectificationStatusTag, useLocalized } from '@/features/inspections/components/labels';
import { RectificationSummaryCards } from '@/features/inspections/components/RectificationSummaryCards';
import { ReinspectionDialog } from '@/features/inspections/components/ReinspectionDialog';
import { OWNER_ROLES } from '@/features/inspections/components/RaiseRectificationDialog';
import '@/features/inspections/components/inspections.css';
import { addDays, startOfDayIn } from '@/lib/dates';
import { useProjectStaff } from '@/lib/project-staff';
import { useUpdateSearchParams } from '@/lib/search-params';
import { exportRectifications } from '@/features/inspections/api/export-inspections';

const STATUS_VIEWS = ['all', ...RECTIFICATION_STATUSES] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The rates' period as the URL holds it (?from=&to=, days in the project's zone; the API's default, the last 90 days, when absent). */
export function readSummaryPeriod(params: URLSearchParams, timeZone: string): { from?: string; to?: string } {
  const from = params.get('from');
  const to = params.get('to');
  return {
    ...(from && DAY.test(from) ? { from: startOfDayIn(from, timeZone) } : {}),
    ...(to && DAY.test(to) ? { to: startOfDayIn(addDays(to, 1), timeZone) } : {}),
  };
}

/**
 * /rectifications — the register (整改台账 / 整改措施进度表) of the header's project: every rectification with its
 * finding, owner, deadline and days left (overdue in red), rounds and the work order's progress; filters by status,
 * owner, section and overdue in the URL (and the quality picture's ?withoutUnit=1 / ?unassigned=1, removable tags); 复查 for who may; the rates above, of the raised in a period (?from=&to=; by default the last 90 days).
 */
export function RectificationsPage({ projectId, canReinspect }: { projectId: string | undefined; canReinspect: boolean }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatShortDateTime();
  const timeZone = useTimeZone();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const [reinspecting, setReinspecting] = useState<Rectification>();
  useLiveInspections(projectId);
  // The register opens on what is being worked on (整改中, overdue first); `?status=all` shows every one.
  const status = STATUS_VIEWS.find((view) => view === params.get('status')) ?? 'OPEN';
  // The quality picture's "none" building / assignee: only those whose order is about no unit, or has no assignee.
  const none = readNoneGroup(params);
  const filters: RectificationFilters = {
    projectId,
    status: status === 'all' ? undefined : status,
    overdue: params.get('overdue') === '1' ? true : undefined,
    assigneeId: params.get('owner') ?? undefined,
    sectionCode: params.get('section') ?? undefined,
    inspectionId: params.get('inspection') ?? undefined,
    withoutUnit: none.withoutUnit || undefined,
    unassigned: none.unassigned || undefined,
    // ?raised=1 (the quality picture's links): only those raised in the rates' period, of ?building=, not cancelled, ?due=1 those the on-time rate counts.
    ...(params.get('raised') === '1'
      ? {
          raisedFrom: readSummaryPeriod(params, timeZone).from,
          raisedTo: readSummaryPeriod(params, timeZone).to,
          buildingId: params.get('building') ?? undefined,
          cancelled: false,
          due: params.get('due') === '1' ? true : undefined,
        }
      : {}),
  };
  const list = useRectifications(filters, projectId !== undefined);
  const summary = useRectificationSummary(projectId, readSummaryPeriod(params, timeZone));
  const staff = useProjectStaff(projectId);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const owners = (staff.data ?? []).filter((user) => user.roles.some((role) => OWNER_ROLES.includes(role)));

  const finding = (row: Rectification) => (
    <div style={{ minWidth: 180, maxWidth: 280 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 4 }}>
        {row.checkPointCode}
      </Typography.Text>
      {localized(row.findingText)}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {localized(row.sectionName)} › {localized(row.itemName)}
      </Typography.Text>
    </div>
  );
  const order = (row: Rectification) => (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Link to={`/work-orders/${row.workOrderId}`} style={{ fontFamily: 'monospace' }}>
        {row.workOrderCode}
      </Link>{' '}
      <Tag>{t(`workOrders.status.${row.workOrderStatus}`)}</Tag>
    </span>
  );
  const action = (row: Rectification) =>
    canReinspect && row.status === 'AWAITING_REINSPECTION' ? (
      <Button size="small" type="primary" onClick={() => setReinspecting(row)} data-testid="reinspect">
        {t('inspections.board.reinspect')}
      </Button>
    ) : null;

  const columns: ColumnsType<Rectification> = [
    { title: t('inspections.fields.finding'), key: 'finding', render: (_: unknown, row) => finding(row) },
    { title: t('inspections.fields.inspection'), key: 'inspection', render: (_: unknown, row) => <Link to={`/inspections/${row.inspectionId}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{row.inspectionCode}</Link> },
    { title: t('inspections.fields.owner'), dataIndex: 'ownerName', render: (name: string) => <span style={{ whiteSpace: 'nowrap' }}>{name}</span> },
    {
      title: t('inspections.fields.deadline'),
      dataIndex: 'dueAt',
      render: (value: string, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatTime(value)}
          <div>
            <DaysLeft rectification={row} />
          </div>
        </span>
      ),
    },
    { title: t('inspections.fields.rounds'), dataIndex: 'rounds', align: 'right' },
    {
      title: t('inspections.fields.workOrder'),
      key: 'order',
      render: (_: unknown, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Link to={`/work-orders/${row.workOrderId}`} style={{ fontFamily: 'monospace' }}>
            {row.workOrderCode}
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(`workOrders.status.${row.workOrderStatus}`)}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('inspections.fields.status'), dataIndex: 'status', render: (_: unknown, row) => <RectificationStatusTag status={row.status} /> },
    { title: '', key: 'action', render: (_: unknown, row) => action(row) },
  ];

  return (
    <>
      <PageHeader
        title={t('inspections.board.title')}
        subTitle={t('inspections.board.subtitle')}
        extra={
          <>
            <ExportButton onExport={(format) => exportRectifications(filters, format, i18n.language)} disabled={!projectId} testId="export-rectifications" />
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              value={[params.get('from') ? dayjs(params.get('from')) : null, params.get('to') ? dayjs(params.get('to')) : null]}
              placeholder={[t('inspections.summary.period'), t('inspections.summary.periodDefault')]}
              aria-label={t('inspections.summary.period')}
              onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
              data-testid="summary-period"
            />
          </>
        }
      />
      <RectificationSummaryCards summary={summary.data} />
      <Card styles={{ body: { paddingTop: 8 } }}>
        <div style={{ overflowX: 'auto', margin: '4px 0 12px' }}>
          <Segmented<string>
            value={status}
            onChange={(view) => update({ status: view === 'OPEN' ? undefined : view })}
            options={STATUS_VIEWS.map((view) => ({ value: view, label: view === 'all' ? t('inspections.board.all') : t(`inspections.rectificationStatus.${view}`) }))}
            data-testid="rectification-status-filter"
          />
        </div>
        <FilterRow>
          <SelectFilter param="owner" value={filters.assigneeId} placeholder={t('inspections.board.allOwners')} label={t('inspections.fields.owner')} options={owners.map((user) => ({ value: user.id, label: user.displayName }))} searchable col={{ xs: 12, md: 6, lg: 4 }} />
          <SelectFilter param="section" value={filters.sectionCode} placeholder={t('inspections.board.allSections')} label={t('inspections.fields.section')} options={(summary.data?.bySection ?? []).map((row) => ({ value: row.sectionCode, label: localized(row.sectionName) }))} col={{ xs: 12, md: 6, lg: 4 }} />
          <SwitchFilter param="overdue" checked={filters.overdue === true} label={t('inspections.board.overdueOnly')} id="rect-overdue" after={summary.data?.totals.overdue ? <Typography.Text type="danger">{summary.data.totals.overdue}</Typography.Text> : undefined} col={{ xs: 12, md: 6, lg: 4 }} />
          {filters.inspectionId && (
            <Flex align="center">
              <Tag closable onClose={() => update({ inspection: undefined })} data-testid="inspection-filter">
                {t('inspections.board.oneInspection', { code: items[0]?.inspectionCode ?? '' })}
              </Tag>
            </Flex>
          )}
          {(none.withoutUnit || none.unassigned) && (
            <Flex align="center" gap={8} wrap data-testid="drill-filters">
              <NoneGroupTags withoutUnit={none.withoutUnit} unassigned={none.unassigned} onRemove={(param) => update({ [param]: undefined })} />
            </Flex>
          )}
        </FilterRow>
        <ListView<Rectification>
          query={list}
          items={items}
          phone={phone}
          emptyText={t('inspections.board.none')}
          card={(row) => (
            <Card key={row.id} size="small" data-testid="rectification-card" style={row.overdue ? { borderInlineStart: '4px solid #ff4d4f' } : undefined}>
              <Flex justify="space-between" gap={8} align="start">
                {finding(row)}
                <RectificationStatusTag status={row.status} />
              </Flex>
              <Flex justify="space-between" gap={8} wrap style={{ marginTop: 6 }}>
                <span>
                  {row.ownerName} · <DaysLeft rectification={row} />
                </span>
                {order(row)}
              </Flex>
              {action(row) && <div style={{ marginTop: 8 }}>{action(row)}</div>}
            </Card>
          )}
          table={{
            columns,
            rowClassName: (row) => (row.overdue ? 'insp-overdue' : ''),
            onRow: () => ({ 'data-testid': 'rectification-row' }) as React.HTMLAttributes<HTMLElement>,
          }}
        />
      </Card>
      <ReinspectionDialog rectification={reinspecting} timeZone={timeZone} onClose={() => setReinspecting(undefined)} />
    </>
  );
}
