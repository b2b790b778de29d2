import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatShortDateTime, useTimeZone } from '@/components/TimeZone';
import { useOpenTask, useTasks, type InspectionTask } from '@/features/inspections/api/tasks';
import { useLiveInspections } from '@/features/inspections/api/live-updates';
import { TaskStatusTag, useLocalized } from '@/features/inspections/components/labels';
import { todayTasks } from '@/features/inspections/components/today-tasks';
import '@/features/inspections/components/inspections.css';
import { addDays, startOfDayIn, todayIn } from '@/lib/dates';
import { isApiError } from '@/lib/problem';

/**
 * /inspections/today — 今日任务, the inspector's phone home: the tasks of their plans open now (a daily check, this
 * week's patrol of each vacant unit), one big card each; a tap starts the inspection from the task, or continues it.
 */
export function TodayTasksPage({ projectId, meId }: { projectId: string | undefined; meId: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatShortDateTime();
  const timeZone = useTimeZone();
  const navigate = useNavigate();
  const [now] = useState(Date.now);
  useLiveInspections(projectId);
  const today = todayIn(timeZone, now);
  const todayStart = startOfDayIn(today, timeZone);
  // Due from today's start to a week on: a weekly patrol (due on Sunday) is open all week.
  const list = useTasks({ projectId, inspectorId: meId, dueFrom: todayStart, dueTo: startOfDayIn(addDays(today, 8), timeZone) }, projectId !== undefined && meId !== '');
  const open = useOpenTask();
  const [opening, setOpening] = useState<string>();
  const { toDo, done } = todayTasks(list.data?.pages.flatMap((page) => page.items) ?? [], now, Date.parse(todayStart));

  const start = async (task: InspectionTask) => {
    setOpening(task.id);
    try {
      void navigate(`/inspections/${await open.mutateAsync(task)}`);
    } catch {
      // shown below
    } finally {
      setOpening(undefined);
    }
  };

  const card = (task: InspectionTask) => (
    <Card
      key={task.id}
      size="small"
      hoverable={task.status !== 'DONE'}
      className={task.status === 'MISSED' ? 'insp-task-missed' : undefined}
      onClick={() => void start(task)}
      data-testid="today-task"
      data-status={task.status}
    >
      <Flex justify="space-between" align="start" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {(task.unitLabel ?? task.equipmentRoom) ? `${task.unitLabel ?? task.equipmentRoom} · ` : ''}
            {localized(task.templateName)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {task.planName}
          </Typography.Text>
          <Typography.Text type={task.late ? 'danger' : 'secondary'} style={{ display: 'block' }}>
            {t('inspections.today.due', { time: formatTime(task.dueAt) })}
          </Typography.Text>
        </div>
        <TaskStatusTag status={task.status} />
      </Flex>
      {task.status !== 'DONE' && (
        <Button type="primary" size="large" block loading={opening === task.id} style={{ marginTop: 10 }} data-testid="today-task-open">
          {task.inspectionId ? t('inspections.today.continue') : t('inspections.today.start')}
        </Button>
      )}
    </Card>
  );

  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <PageHeader title={t('inspections.today.title')} subTitle={t('inspections.today.subtitle', { count: toDo.length })} />
      {open.error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={(isApiError(open.error) ? open.error.problem?.detail : undefined) ?? t('inspections.today.openFailed')} />}
      {list.isError ? (
        <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={10}>
          {toDo.length === 0 && <Empty description={t('inspections.today.none')} />}
          {toDo.map(card)}
          {done.length > 0 && (
            <Typography.Title level={5} style={{ margin: '12px 0 0' }}>
              {t('inspections.today.doneToday', { count: done.length })}
            </Typography.Title>
          )}
          {done.map(card)}
        </Flex>
      )}
    </div>
  );
}
