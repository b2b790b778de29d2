import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { workOrdersQueryKey, type WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** GET /api/v1/work-orders/{workOrderId}. */
export async function getWorkOrder(workOrderId: string, signal?: AbortSignal): Promise<WorkOrder> {
  const { data } = await unwrap(api.GET('/api/v1/work-orders/{workOrderId}', { params: { path: { workOrderId } }, signal }));
  return data;
}

export function workOrderQueryKey(workOrderId: string) {
  return [...workOrdersQueryKey, 'detail', workOrderId] as const;
}

export function workOrderQueryOptions(workOrderId: string) {
  return queryOptions({
    queryKey: workOrderQueryKey(workOrderId),
    queryFn: ({ signal }) => getWorkOrder(workOrderId, signal),
    staleTime: 0,
    meta: { silent: true },
  });
}

export function useWorkOrder(workOrderId: string) {
  return useQuery(workOrderQueryOptions(workOrderId));
}
