import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/resume — back to work after a hold. */
export async function resumeWorkOrder(workOrderId: string, body: Schemas['WorkOrderNote']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/resume', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useResumeWorkOrder(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderNote']) => resumeWorkOrder(workOrderId, body));
}
