import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/assign — to a technician of the project (AGENT, MANAGER, ADMIN). */
export async function assignWorkOrder(workOrderId: string, body: Schemas['WorkOrderAssign']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/assign', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useAssignWorkOrder(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderAssign']) => assignWorkOrder(workOrderId, body));
}
