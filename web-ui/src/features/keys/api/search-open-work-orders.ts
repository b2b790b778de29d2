import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type WorkOrder = Schemas['WorkOrder'];

/** Not yet done: the orders a key may be lent for. */
const OPEN_STATUSES: Schemas['WorkOrderStatus'][] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED'];

/**
 * GET /api/v1/work-orders?projectId&status=open…[&unitId][&q] — the open orders a checkout can be
 * for: those of the key's unit (UNIT keys), else the project's, by code or title (first 20).
 */
export async function searchOpenWorkOrders(projectId: string, unitId: string | undefined, q: string, signal?: AbortSignal): Promise<WorkOrder[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/work-orders', {
      params: { query: { projectId, status: OPEN_STATUSES, limit: 20, ...(unitId ? { unitId } : {}), ...(q ? { q } : {}) } },
      signal,
    }),
  );
  return data.items;
}

export function openWorkOrdersQueryOptions(projectId: string, unitId: string | undefined, q: string) {
  return queryOptions({
    queryKey: ['work-orders', 'open-for-key', projectId, unitId ?? null, q],
    queryFn: ({ signal }) => searchOpenWorkOrders(projectId, unitId, q, signal),
  });
}

export function useOpenWorkOrders(projectId: string, unitId: string | undefined, q: string) {
  return useQuery(openWorkOrdersQueryOptions(projectId, unitId, q));
}
