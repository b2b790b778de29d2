import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { invalidateWorkOrderLists, workOrdersQueryKey, type WorkOrder } from '@/features/work-orders/api/list-work-orders';

export type WorkOrderCreate = Schemas['WorkOrderCreate'];

/** POST /api/v1/work-orders (AGENT, MANAGER, ADMIN) with an Idempotency-Key. */
export async function createWorkOrder(body: WorkOrderCreate, idempotencyKey: string): Promise<WorkOrder> {
  const { data } = await unwrap(
    api.POST('/api/v1/work-orders', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
  return data;
}

export function useCreateWorkOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: WorkOrderCreate; idempotencyKey: string }) => createWorkOrder(body, idempotencyKey),
    meta: { handledStatuses: [400, 409, 422] },
    onSuccess: (order) => {
      queryClient.setQueryData([...workOrdersQueryKey, 'detail', order.id], order);
      return invalidateWorkOrderLists(queryClient);
    },
  });
}
