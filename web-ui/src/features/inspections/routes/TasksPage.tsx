import { Card, Col, Grid, Row, Segmented, Statistic, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { useFormatShortDateTime, useTimeZone } from '@/components/TimeZone';
import { useTasks, useTaskSummary, type InspectionTask } from '@/features/inspections/api/tasks';
import { useLiveInspections } from '@/features/inspections/api/live-updates';
import { ListView } from '@/features/inspections/components/ListView';
import { TASK_STATUSES, TaskStatusTag, useLocalized } from '@/features/inspections/components/labels';
import '@/features/inspections/components/inspections.css';
import { addDays, startOfDayIn, todayIn } from '@/lib/dates';
import { useUpdateSearchParams } from '@/lib/search-params';

const PERIODS = ['week', 'past7', 'past30', 'next7'] as const;
type Period = (typeof PERIODS)[number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const STATUS_VIEWS = ['all', ...TASK_STATUSES] as const;

/** The period's first and last (exclusive) day, from today in the project's zone. */
function period(view: Period, today: string): [string, string] {
  switch (view) {
    case 'past7':
      return [addDays(today, -7), today];
    case 'past30':
      return [addDays(today, -30), today];
    case 'next7':
      return [today, addDays(today, 8)];
    default:
      return [addDays(today, -7), addDays(today, 8)];
  }
}

/**
 * /inspections/tasks — the plans' tasks of the header's project by due time, missed ones (应查未查) in red, with the
 * period's counts (due, done, done late, missed, open); period, status and plan in the URL.
 */
export function TasksPage({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatShortDateTime();
  const timeZone = useTimeZone();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const [now] = useState(Date.now);
  useLiveInspections(projectId);
  const view = PERIODS.find((p) => p === params.get('period')) ?? 'week';
  const status = STATUS_VIEWS.find((s) => s === params.get('status')) ?? 'all';
  // ?from=&to= (days, both included; the quality picture's links) take the place of the period views; ?late=1 the missed (应查未查).
  const [viewFrom, viewTo] = period(view, todayIn(timeZone, now));
  const askedFrom = params.get('from');
  const askedTo = params.get('to');
  const days = askedFrom && askedTo && DAY.test(askedFrom) && DAY.test(askedTo);
  const dueFrom = startOfDayIn(days ? askedFrom : viewFrom, timeZone);
  const dueTo = startOfDayIn(days ? addDays(askedTo, 1) : viewTo, timeZone);
  const late = params.get('late') === '1' ? true : undefined;
  const list = useTasks(
    { projectId, status: status === 'all' ? undefined : status, dueFrom, dueTo, planId: params.get('plan') ?? undefined, late },
    projectId !== undefined,
  );
  const summary = useTaskSummary(projectId, { from: dueFrom, to: dueTo });
  const counts = summary.data?.projects.find((p) => p.projectId === projectId);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const what = (task: InspectionTask) => (
    <div style={{ minWidth: 160 }}>
      <Typography.Text strong>{(task.unitLabel ?? task.equipmentRoom) ? `${task.unitLabel ?? task.equipmentRoom} · ` : ''}{task.planName}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {localized(task.templateName)} · {t(`inspections.level.${task.level}`)}
      </Typography.Text>
    </div>
  );
  const inspection = (task: InspectionTask) =>
    task.inspectionId ? (
      <Link to={`/inspections/${task.inspectionId}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
        {task.inspectionCode}
      </Link>
    ) : null;
  const columns: ColumnsType<InspectionTask> = [
    { title: t('inspections.tasks.due'), dataIndex: 'dueAt', render: (value: string, task) => <Typography.Text type={task.late ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</Typography.Text> },
    { title: t('inspections.tasks.task'), key: 'what', render: (_: unknown, task) => what(task) },
    { title: t('inspections.plans.inspectors'), key: 'inspectors', render: (_: unknown, task) => task.inspectors.map((i) => i.displayName).join('、') },
    { title: t('inspections.fields.status'), dataIndex: 'status', render: (_: unknown, task) => <TaskStatusTag status={task.status} /> },
    { title: t('inspections.fields.inspection'), key: 'inspection', render: (_: unknown, task) => inspection(task) },
  ];

  return (
    <>
      <PageHeader title={t('inspections.tasks.title')} subTitle={t('inspections.tasks.subtitle')} />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {(['due', 'done', 'missed', 'open'] as const).map((key) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small" loading={summary.isPending} data-testid={`task-count-${key}`}>
              <Statistic
                title={t(`inspections.tasks.count.${key}`)}
                value={counts?.[key] ?? 0}
                valueStyle={key === 'missed' && (counts?.missed ?? 0) > 0 ? { color: '#cf1322' } : undefined}
                suffix={key === 'done' && counts && counts.doneLate > 0 ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('inspections.tasks.doneLate', { count: counts.doneLate })}</Typography.Text> : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card styles={{ body: { paddingTop: 8 } }}>
        <div style={{ overflowX: 'auto', margin: '4px 0 8px', display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Segmented<string> value={view} onChange={(value) => update({ period: value === 'week' ? undefined : value })} options={PERIODS.map((value) => ({ value, label: t(`inspections.tasks.period.${value}`) }))} />
          <Segmented<string>
            value={status}
            onChange={(value) => update({ status: value === 'all' ? undefined : value })}
            options={STATUS_VIEWS.map((value) => ({ value, label: value === 'all' ? t('inspections.board.all') : t(`inspections.taskStatus.${value}`) }))}
            data-testid="task-status-filter"
          />
          {params.get('plan') && (
            <Tag closable onClose={() => update({ plan: undefined })} style={{ alignSelf: 'center' }}>
              {items[0]?.planName ?? t('inspections.tasks.onePlan')}
            </Tag>
          )}
        </div>
        <ListView<InspectionTask>
          query={list}
          items={items}
          phone={phone}
          emptyText={t('inspections.tasks.none')}
          card={(task) => (
            <Card key={task.id} size="small" className={task.status === 'MISSED' ? 'insp-task-missed' : undefined} data-testid="task-card">
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                {what(task)}
                <TaskStatusTag status={task.status} />
              </div>
              <Typography.Text type={task.late ? 'danger' : 'secondary'}>{formatTime(task.dueAt)}</Typography.Text> {inspection(task)}
            </Card>
          )}
          table={{
            columns,
            rowClassName: (task) => (task.status === 'MISSED' ? 'insp-overdue' : ''),
            onRow: (task) => ({ 'data-testid': 'task-row', 'data-status': task.status }) as React.HTMLAttributes<HTMLElement>,
          }}
        />
      </Card>
    </>
  );
}
