import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workOrderQueryKey } from '@/features/work-orders/api/get-work-order';
import { invalidateWorkOrderLists, type WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { storeAnswer } from '@/lib/query-cache';

export type WorkOrderUpdate = Schemas['WorkOrderUpdate'];

/** PATCH /api/v1/work-orders/{workOrderId} with If-Match — title, description, category, priority, unit, location (AGENT, MANAGER, ADMIN). */
export async function updateWorkOrder(workOrderId: string, body: WorkOrderUpdate, ifMatch: string): Promise<WorkOrder> {
  const { data } = await unwrap(
    api.PATCH('/api/v1/work-orders/{workOrderId}', { params: { path: { workOrderId }, header: { 'If-Match': ifMatch } }, body }),
  );
  return data;
}

export function useUpdateWorkOrder(workOrderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, ifMatch }: { body: WorkOrderUpdate; ifMatch: string }) => updateWorkOrder(workOrderId, body, ifMatch),
    // The dialog shows field errors (400), "someone else changed it" (412, 428) and a closed order (409).
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: async (order) => {
      await storeAnswer(queryClient, workOrderQueryKey(workOrderId), order);
      await Promise.all([queryClient.invalidateQueries({ queryKey: workOrderQueryKey(workOrderId) }), invalidateWorkOrderLists(queryClient)]);
    },
  });
}
