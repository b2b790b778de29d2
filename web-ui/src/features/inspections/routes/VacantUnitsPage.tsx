import { Badge, Button, Card, Flex, Grid, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { useFormatShortDateTime } from '@/components/TimeZone';
import { listTasks, useOpenTask } from '@/features/inspections/api/tasks';
import { useSetResponsible, useVacantUnits, type VacantUnit } from '@/features/inspections/api/vacant-units';
import { GradeTag, TaskStatusTag } from '@/features/inspections/components/labels';
import { useLiveInspections } from '@/features/inspections/api/live-updates';
import { ListView } from '@/features/inspections/components/ListView';
import '@/features/inspections/components/inspections.css';
import { useProjectStaff } from '@/lib/project-staff';

/**
 * /inspections/vacant-units — 空置房台账: every vacant unit of the header's project with who looks after it, its last
 * patrol and open findings (a leak's repair order), its next patrol task (start or continue it here) and its key (borrow
 * it at the key desk, for the task).
 */
export function VacantUnitsPage({ projectId, canManage, canLendKeys }: { projectId: string | undefined; canManage: boolean; canLendKeys: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatShortDateTime();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const list = useVacantUnits(projectId);
  useLiveInspections(projectId);
  const staff = useProjectStaff(projectId, canManage);
  const setResponsible = useSetResponsible();
  const open = useOpenTask();
  const [starting, setStarting] = useState<string>();
  const items = (list.data?.pages.flatMap((page) => page.items) ?? []).map((unit) => ({ ...unit, id: unit.unitId }));

  const startPatrol = async (unit: VacantUnit) => {
    if (!unit.nextTaskId || !unit.nextTaskDueAt) return;
    setStarting(unit.unitId);
    try {
      const due = Date.parse(unit.nextTaskDueAt);
      const page = await listTasks({ projectId: unit.projectId, unitId: unit.unitId, dueFrom: new Date(due).toISOString(), dueTo: new Date(due + 1000).toISOString() }, undefined);
      const task = page.items.find((item) => item.id === unit.nextTaskId);
      if (task) void navigate(`/inspections/${await open.mutateAsync(task)}`);
    } finally {
      setStarting(undefined);
    }
  };

  const responsible = (unit: VacantUnit) =>
    canManage ? (
      <Select
        size="small"
        allowClear
        style={{ minWidth: 120 }}
        value={unit.responsibleUserId}
        placeholder={t('inspections.vacant.nobody')}
        loading={setResponsible.isPending && setResponsible.variables.unitId === unit.unitId}
        options={(staff.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
        onChange={(userId: string | undefined) => setResponsible.mutate({ unitId: unit.unitId, userId })}
        data-testid="vacant-responsible"
      />
    ) : (
      (unit.responsibleName ?? <Typography.Text type="secondary">{t('inspections.vacant.nobody')}</Typography.Text>)
    );
  const lastPatrol = (unit: VacantUnit) =>
    unit.lastPatrolInspectionId ? (
      <span style={{ whiteSpace: 'nowrap' }}>
        <Link to={`/inspections/${unit.lastPatrolInspectionId}`}>{formatTime(unit.lastPatrolAt)}</Link> <GradeTag grade={unit.lastPatrolGrade} />
        {unit.openFindings > 0 && <Badge count={t('inspections.vacant.findings', { count: unit.openFindings })} style={{ backgroundColor: '#ff4d4f' }} data-testid="vacant-findings" />}
      </span>
    ) : (
      <Typography.Text type="secondary">{t('inspections.vacant.never')}</Typography.Text>
    );
  const nextPatrol = (unit: VacantUnit) =>
    unit.nextTaskId ? (
      <Flex gap={6} align="center" wrap>
        {unit.nextTaskStatus && <TaskStatusTag status={unit.nextTaskStatus} />}
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('inspections.today.due', { time: formatTime(unit.nextTaskDueAt) })}
        </Typography.Text>
        {canManage && (
          <Button size="small" type="primary" ghost loading={starting === unit.unitId} onClick={() => void startPatrol(unit)} data-testid="vacant-start">
            {unit.nextTaskInspectionId ? t('inspections.today.continue') : t('inspections.vacant.start')}
          </Button>
        )}
      </Flex>
    ) : (
      <Typography.Text type="secondary">{t('inspections.vacant.noTask')}</Typography.Text>
    );
  const key = (unit: VacantUnit) =>
    unit.keyId ? (
      <span style={{ whiteSpace: 'nowrap' }}>
        <Link to={`/keys/${unit.keyId}`} style={{ fontFamily: 'monospace' }}>
          {unit.keyCode}
        </Link>{' '}
        <Tag color={unit.keyStatus === 'AVAILABLE' ? 'green' : 'orange'}>{t(`inspections.vacant.key.${unit.keyStatus === 'AVAILABLE' ? 'in' : 'out'}`)}</Tag>
        {canLendKeys && unit.keyStatus === 'AVAILABLE' && unit.nextTaskId && unit.nextTaskStatus !== 'DONE' && (
          <Link to={`/keys/desk?code=${encodeURIComponent(unit.keyCode ?? '')}&task=${unit.nextTaskId}`} data-testid="vacant-borrow-key">
            {t('inspections.vacant.borrowKey')}
          </Link>
        )}
      </span>
    ) : (
      <Typography.Text type="secondary">{t('inspections.vacant.noKey')}</Typography.Text>
    );

  const columns: ColumnsType<VacantUnit & { id: string }> = [
    { title: t('inspections.vacant.unit'), dataIndex: 'label', render: (label: string) => <Typography.Text strong>{label}</Typography.Text> },
    { title: t('inspections.vacant.responsible'), key: 'responsible', render: (_: unknown, unit) => responsible(unit) },
    { title: t('inspections.vacant.lastPatrol'), key: 'last', render: (_: unknown, unit) => lastPatrol(unit) },
    { title: t('inspections.vacant.nextPatrol'), key: 'next', render: (_: unknown, unit) => nextPatrol(unit) },
    { title: t('inspections.vacant.key.title'), key: 'key', render: (_: unknown, unit) => key(unit) },
  ];

  return (
    <>
      <PageHeader title={t('inspections.vacant.title')} subTitle={t('inspections.vacant.subtitle', { count: items.length })} />
      <Card>
        <ListView<VacantUnit & { id: string }>
          query={list}
          items={items}
          phone={phone}
          emptyText={t('inspections.vacant.none')}
          card={(unit) => (
            <Card key={unit.unitId} size="small" className={unit.nextTaskStatus === 'MISSED' ? 'insp-task-missed' : undefined} data-testid="vacant-card">
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {unit.label}
                </Typography.Text>
                {key(unit)}
              </Flex>
              <Flex vertical gap={6} style={{ marginTop: 6 }}>
                <span>
                  {t('inspections.vacant.responsible')}：{responsible(unit)}
                </span>
                <span>
                  {t('inspections.vacant.lastPatrol')}：{lastPatrol(unit)}
                </span>
                {nextPatrol(unit)}
              </Flex>
            </Card>
          )}
          table={{ columns, onRow: () => ({ 'data-testid': 'vacant-row' }) as React.HTMLAttributes<HTMLElement> }}
        />
      </Card>
    </>
  );
}
