import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { listQuery, workOrdersQueryKey, type WorkOrderFilters } from '@/features/work-orders/api/list-work-orders';

export type WorkOrderCounts = Schemas['WorkOrderCounts'];

/** The list's filters without the status, which the counts split by. */
export type WorkOrderCountFilters = Omit<WorkOrderFilters, 'statuses' | 'sort'>;

/** GET /api/v1/work-orders/counts — how many orders a list with these filters holds, per status, and how many are overdue. */
export async function countWorkOrders(filters: WorkOrderCountFilters, signal?: AbortSignal): Promise<WorkOrderCounts> {
  const { data } = await unwrap(
    api.GET('/api/v1/work-orders/counts', {
      params: {
        query: listQuery(filters),
      },
      signal,
    }),
  );
  return data;
}

export function workOrderCountsQueryOptions(filters: WorkOrderCountFilters) {
  return queryOptions({
    queryKey: [...workOrdersQueryKey, 'counts', filters],
    queryFn: ({ signal }) => countWorkOrders(filters, signal),
    placeholderData: keepPreviousData,
    // The tabs simply go without numbers; the list below reports its own errors.
    meta: { silent: true },
  });
}

export function useWorkOrderCounts(filters: WorkOrderCountFilters) {
  return useQuery(workOrderCountsQueryOptions(filters));
}
