import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { currentDue } from '@/features/work-orders/components/sla';
import { useFormatShortDateTime } from '@/components/TimeZone';

/** The SLA due time that matters now (response or resolution), red when breached. */
export function DueCell({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const formatTime = useFormatShortDateTime();
  const due = currentDue(order);
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span data-testid={due.breached ? 'due-overdue' : 'due'}>
      <Typography.Text type={due.breached ? 'danger' : undefined} strong={due.breached} style={{ whiteSpace: 'nowrap' }}>
        {formatTime(due.dueAt)}
      </Typography.Text>
      <Typography.Text type={due.breached ? 'danger' : 'secondary'} style={{ display: 'block', fontSize: 12 }}>
        {due.breached ? t(`workOrders.sla.${due.kind}Overdue`) : t(`workOrders.sla.${due.kind}Due`)}
      </Typography.Text>
    </span>
  );
}

export function whereOf(order: WorkOrder): string {
  return [order.unitLabel, order.location].filter(Boolean).join(' · ') || '—';
}
