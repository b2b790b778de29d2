import { Button, Card, Flex, Grid, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { usePlans, type InspectionPlan } from '@/features/inspections/api/plans';
import { useLocalized } from '@/features/inspections/components/labels';
import { PlanDialog } from '@/features/inspections/components/PlanDialog';

/** /inspections/plans — the project's inspection plans (巡检/督导计划): what is inspected, how often, by whom, due when. */
export function PlansPage({ projectId, canEdit }: { projectId: string | undefined; canEdit: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const phone = !Grid.useBreakpoint().md;
  const plans = usePlans(projectId);
  const [editing, setEditing] = useState<{ planId?: string | undefined }>();

  const schedule = (plan: InspectionPlan) => {
    const r = plan.recurrence;
    const on =
      r.frequency === 'WEEKLY'
        ? (r.weekdays ?? []).map((day) => t(`inspections.weekday.${String(day)}`)).join('、')
        : r.frequency === 'MONTHLY' || r.frequency === 'QUARTERLY'
          ? t('inspections.plans.onDay', { day: r.dayOfMonth ?? 1 })
          : '';
    return `${t(`inspections.frequency.${r.frequency}`)}${on ? ` · ${on}` : ''} · ${t('inspections.plans.dueAtTime', { time: plan.dueTime, count: plan.windowDays })}`;
  };
  const columns: ColumnsType<InspectionPlan> = [
    {
      title: t('inspections.plans.name'),
      key: 'name',
      render: (_: unknown, plan) => (
        <div style={{ minWidth: 180 }}>
          <Typography.Text strong>{plan.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {localized(plan.templateName)}
            {plan.vacantUnits ? ` · ${t('inspections.plans.perVacantUnit')}` : ''}
            {plan.equipmentRooms.length > 0 ? ` · ${t('inspections.plans.perEquipmentRoom', { count: plan.equipmentRooms.length })}` : ''}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('inspections.plans.level'), dataIndex: 'level', render: (level: InspectionPlan['level']) => <Tag>{t(`inspections.level.${level}`)}</Tag> },
    { title: t('inspections.plans.schedule'), key: 'schedule', render: (_: unknown, plan) => <span style={{ whiteSpace: 'nowrap' }}>{schedule(plan)}</span> },
    { title: t('inspections.plans.inspectors'), key: 'inspectors', render: (_: unknown, plan) => plan.inspectors.map((i) => i.displayName).join('、') },
    { title: t('inspections.plans.active'), dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="green">{t('inspections.plans.on')}</Tag> : <Tag>{t('inspections.plans.off')}</Tag>) },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, plan) => (
        <Space>
          <Link to={`/inspections/tasks?plan=${plan.id}`}>{t('inspections.plans.tasks')}</Link>
          {canEdit && (
            <Button size="small" onClick={() => setEditing({ planId: plan.id })} data-testid="plan-edit">
              {t('common.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('inspections.plans.title')}
        subTitle={t('inspections.plans.subtitle')}
        extra={
          canEdit && projectId ? (
            <Button type="primary" onClick={() => setEditing({})} data-testid="plan-new">
              {t('inspections.plans.new')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        {plans.isError ? (
          <QueryErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
        ) : phone ? (
          <Flex vertical gap={8}>
            {(plans.data ?? []).map((plan) => (
              <Card key={plan.id} size="small" onClick={canEdit ? () => setEditing({ planId: plan.id }) : undefined} data-testid="plan-card">
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{plan.name}</Typography.Text>
                  <Tag>{t(`inspections.level.${plan.level}`)}</Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {localized(plan.templateName)} · {schedule(plan)}
                </Typography.Text>
                <Typography.Text type="secondary">{plan.inspectors.map((i) => i.displayName).join('、')}</Typography.Text>
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<InspectionPlan> rowKey="id" size="middle" loading={plans.isPending} dataSource={plans.data ?? []} columns={columns} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t('inspections.plans.none') }} />
        )}
      </Card>
      {projectId && <PlanDialog projectId={projectId} planId={editing?.planId} open={editing !== undefined} onClose={() => setEditing(undefined)} />}
    </>
  );
}
