import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { allPages, WHOLE_LIST_PAGE } from '@/lib/pages';
import { workOrderQueryKey } from '@/features/work-orders/api/get-work-order';

export type WorkOrderEvent = Schemas['WorkOrderEvent'];

/** GET /api/v1/work-orders/{workOrderId}/events — the timeline, oldest first. */
export async function listWorkOrderEvents(workOrderId: string, signal?: AbortSignal): Promise<WorkOrderEvent[]> {
  return allPages(async (cursor) => {
    const { data } = await unwrap(
      api.GET('/api/v1/work-orders/{workOrderId}/events', {
        params: { path: { workOrderId }, query: { limit: WHOLE_LIST_PAGE, cursor } },
        signal,
      }),
    );
    return data;
  });
}

export function workOrderEventsQueryKey(workOrderId: string) {
  return [...workOrderQueryKey(workOrderId), 'events'] as const;
}

export function workOrderEventsQueryOptions(workOrderId: string) {
  return queryOptions({
    queryKey: workOrderEventsQueryKey(workOrderId),
    queryFn: ({ signal }) => listWorkOrderEvents(workOrderId, signal),
    staleTime: 0,
  });
}

export function useWorkOrderEvents(workOrderId: string) {
  return useQuery(workOrderEventsQueryOptions(workOrderId));
}
