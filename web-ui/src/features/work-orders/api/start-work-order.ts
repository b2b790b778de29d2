import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/start — on site (the assignee, MANAGER, ADMIN). */
export async function startWorkOrder(workOrderId: string, body: Schemas['WorkOrderNote']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/start', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useStartWorkOrder(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderNote']) => startWorkOrder(workOrderId, body));
}
