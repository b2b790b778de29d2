import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderPriority, WorkOrderStatus } from '@/features/work-orders/api/list-work-orders';
import { PRIORITY_COLORS, STATUS_COLORS } from '@/features/work-orders/components/labels';

export function StatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="status-tag">
      {t(`workOrders.status.${status}`)}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: WorkOrderPriority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`workOrders.priority.${priority}`)}</Tag>;
}

/** A category code's label; a project's own code (not in the defaults) shows as itself. */
export function useCategoryLabel() {
  const { t } = useTranslation();
  return (code: string) => t(`workOrders.category.${code}`, { defaultValue: code });
}
