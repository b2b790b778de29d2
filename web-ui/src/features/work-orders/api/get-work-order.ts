import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
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

/** The order with the ETag of its GET, which an edit sends back in If-Match. */
export type VersionedWorkOrder = { item: WorkOrder; etag: string };

/** GET /api/v1/work-orders/{workOrderId} again, keeping the ETag (the version when the API sends none). */
export async function getVersionedWorkOrder(workOrderId: string, signal?: AbortSignal): Promise<VersionedWorkOrder> {
  const { data, response } = await unwrap(api.GET('/api/v1/work-orders/{workOrderId}', { params: { path: { workOrderId } }, signal }));
  return { item: data, etag: etagOf(response) ?? `"${String(data.version)}"` };
}

/** Fetched (with fetchQuery) each time an edit dialog opens; not observed, so live updates cannot change a form being edited. */
export function versionedWorkOrderQueryOptions(workOrderId: string) {
  return queryOptions({
    queryKey: [...workOrderQueryKey(workOrderId), 'versioned'],
    queryFn: ({ signal }) => getVersionedWorkOrder(workOrderId, signal),
    staleTime: 0,
  });
}
