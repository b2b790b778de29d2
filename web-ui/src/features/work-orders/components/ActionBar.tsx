import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrder, WorkOrderAction } from '@/features/work-orders/api/list-work-orders';
import { useResumeWorkOrder } from '@/features/work-orders/api/resume-work-order';
import { useStartWorkOrder } from '@/features/work-orders/api/start-work-order';
import { ActionDialog, type DialogAction } from '@/features/work-orders/components/ActionDialog';
import { EditWorkOrderDialog } from '@/features/work-orders/components/EditWorkOrderDialog';
import { ACTIONS, actionLabel } from '@/features/work-orders/components/labels';
import { ReturnVisitDialog } from '@/features/work-orders/components/ReturnVisitDialog';

const PRIMARY: readonly WorkOrderAction[] = ['ASSIGN', 'START', 'RESUME', 'COMPLETE', 'RETURN_VISIT'];

/** The buttons of an order: exactly its `allowedActions`. */
/** `card`: the next step as a big full-width button, the rest small underneath (a technician's phone). */
export function ActionBar({ order, layout = 'bar' }: { order: WorkOrder; layout?: 'bar' | 'card' }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<DialogAction | undefined>();
  const [visiting, setVisiting] = useState(false);
  const [editing, setEditing] = useState(false);
  const start = useStartWorkOrder(order.id);
  const resume = useResumeWorkOrder(order.id);
  const allowed = ACTIONS.filter((action) => order.allowedActions.includes(action));

  const run = (action: WorkOrderAction) => {
    if (action === 'START') start.mutate({});
    else if (action === 'RESUME') resume.mutate({});
    else if (action === 'RETURN_VISIT') setVisiting(true);
    else if (action === 'EDIT') setEditing(true);
    else setDialog(action);
  };

  if (allowed.length === 0) return null;
  const card = layout === 'card';
  const main = card ? allowed.filter((action) => PRIMARY.includes(action)) : [];
  const rest = card ? allowed.filter((action) => !PRIMARY.includes(action)) : allowed;
  const button = (action: WorkOrderAction, big: boolean) => (
    <Button
      key={action}
      size={big ? 'large' : card ? 'small' : 'middle'}
      block={big}
      style={big ? { height: 52, fontSize: 18 } : undefined}
      type={PRIMARY.includes(action) ? 'primary' : 'default'}
      danger={action === 'CANCEL'}
      loading={(action === 'START' && start.isPending) || (action === 'RESUME' && resume.isPending)}
      onClick={() => run(action)}
      data-action={action}
    >
      {t(`workOrders.actions.${actionLabel(order, action)}`)}
    </Button>
  );
  return (
    <>
      <Flex vertical gap={8} data-testid="action-bar">
        {main.map((action) => button(action, true))}
        {rest.length > 0 && (
          <Flex gap={8} wrap>
            {rest.map((action) => button(action, false))}
          </Flex>
        )}
      </Flex>
      <ActionDialog order={order} action={dialog} onClose={() => setDialog(undefined)} />
      <ReturnVisitDialog order={order} open={visiting} onClose={() => setVisiting(false)} />
      <EditWorkOrderDialog order={order} open={editing} onClose={() => setEditing(false)} />
    </>
  );
}
