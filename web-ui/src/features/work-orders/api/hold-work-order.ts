import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/hold — put on hold with a reason. */
export async function holdWorkOrder(workOrderId: string, body: Schemas['WorkOrderReason']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/hold', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useHoldWorkOrder(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['WorkOrderReason']) => holdWorkOrder(workOrderId, body));
}
