import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workOrdersQueryKey } from '@/features/work-orders/api/list-work-orders';

export type WorkOrderStats = Schemas['WorkOrderStats'];
export type WorkOrderAssigneeStats = Schemas['WorkOrderAssigneeStats'];
export type WorkOrderTrendPoint = Schemas['WorkOrderTrendPoint'];

/** The orders registered in [from, to) of one project; `to` absent means now. */
export type StatsPeriod = { projectId: string; from: string; to?: string | undefined };

/** GET /api/v1/work-orders/stats — service-quality figures of one project and period (any member may read them). */
export async function getWorkOrderStats({ projectId, from, to }: StatsPeriod, signal?: AbortSignal): Promise<WorkOrderStats> {
  const { data } = await unwrap(
    api.GET('/api/v1/work-orders/stats', { params: { query: { projectId, from, ...(to ? { to } : {}) } }, signal }),
  );
  return data;
}

export function workOrderStatsQueryOptions(period: StatsPeriod) {
  return queryOptions({
    queryKey: [...workOrdersQueryKey, 'stats', period],
    queryFn: ({ signal }) => getWorkOrderStats(period, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    meta: { silent: true },
  });
}

export function useWorkOrderStats(period: StatsPeriod | undefined) {
  return useQuery({ ...workOrderStatsQueryOptions(period ?? { projectId: '', from: '' }), enabled: period !== undefined });
}
