import { useMutation, useQueryClient } from '@tanstack/react-query';
import { workOrderQueryKey } from '@/features/work-orders/api/get-work-order';
import { invalidateWorkOrderLists, type WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { storeAnswer } from '@/lib/query-cache';

/**
 * The mutation behind every action endpoint: on success the order is replaced by the answer and
 * its timeline and the lists reload; on a 409 (illegal transition, changed by someone else) the
 * caller shows the problem and the order reloads too. 400s go onto the dialog's fields.
 */
export function useWorkOrderActionMutation<V>(workOrderId: string, fn: (variables: V) => Promise<WorkOrder>) {
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: workOrderQueryKey(workOrderId) }), invalidateWorkOrderLists(queryClient)]);
  return useMutation({
    mutationFn: fn,
    meta: { handledStatuses: [400] },
    onSuccess: async (order) => {
      await storeAnswer(queryClient, workOrderQueryKey(workOrderId), order);
      await refresh();
    },
    onError: async () => {
      await refresh();
    },
  });
}
