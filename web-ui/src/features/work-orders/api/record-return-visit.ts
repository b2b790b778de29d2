import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useWorkOrderActionMutation } from '@/features/work-orders/api/action-mutation';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** POST /api/v1/work-orders/{workOrderId}/return-visit — the call back to the resident (AGENT, MANAGER, ADMIN). */
export async function recordReturnVisit(workOrderId: string, body: Schemas['ReturnVisit']): Promise<WorkOrder> {
  const { data } = await unwrap(api.POST('/api/v1/work-orders/{workOrderId}/return-visit', { params: { path: { workOrderId } }, body }));
  return data;
}

export function useRecordReturnVisit(workOrderId: string) {
  return useWorkOrderActionMutation(workOrderId, (body: Schemas['ReturnVisit']) => recordReturnVisit(workOrderId, body));
}
