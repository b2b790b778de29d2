import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/comments — a comment on the timeline. */
export async function addWorkOrderComment(workOrderId: string, body: Schemas['WorkOrderComment']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/comments', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useAddWorkOrderComment(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderComment']) => addWorkOrderComment(workOrderId, body));
}
