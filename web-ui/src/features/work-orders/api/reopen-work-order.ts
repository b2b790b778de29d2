import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/reopen — back to work (AGENT, MANAGER, ADMIN). */
export async function reopenWorkOrder(workOrderId: string, body: Schemas['WorkOrderReason']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/reopen', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useReopenWorkOrder(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderReason']) => reopenWorkOrder(workOrderId, body));
}
