import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/cancel — (MANAGER, ADMIN). */
export async function cancelWorkOrder(workOrderId: string, body: Schemas['WorkOrderReason']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/cancel', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useCancelWorkOrder(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderReason']) => cancelWorkOrder(workOrderId, body));
}
