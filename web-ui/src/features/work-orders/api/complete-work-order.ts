import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/complete — done, with the resolution and an optional fee. */
export async function completeWorkOrder(workOrderId: string, body: Schemas['WorkOrderComplete']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/complete', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useCompleteWorkOrder(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderComplete']) => completeWorkOrder(workOrderId, body));
}
