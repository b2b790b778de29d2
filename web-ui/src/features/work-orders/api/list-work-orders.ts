import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { OPEN_STATUSES } from '@/features/work-orders/components/labels';

export type WorkOrder = Schemas['WorkOrder'];
export type WorkOrderPage = Schemas['WorkOrderPage'];
export type WorkOrderStatus = Schemas['WorkOrderStatus'];
export type WorkOrderType = Schemas['WorkOrderType'];
export type WorkOrderPriority = Schemas['WorkOrderPriority'];
export type WorkOrderChannel = Schemas['WorkOrderChannel'];
export type WorkOrderAction = Schemas['WorkOrderAction'];

export type WorkOrderFilters = {
  projectId?: string | undefined;
  statuses?: readonly WorkOrderStatus[] | undefined;
  type?: WorkOrderType | undefined;
  category?: string | undefined;
  priority?: WorkOrderPriority | undefined;
  assigneeId?: string | undefined;
  unitId?: string | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  buildingId?: string | undefined;
  returnVisitDueBefore?: string | undefined;
  /** Missed its response or resolution deadline (the quality picture's drill-downs). */
  late?: 'response' | 'resolution' | undefined;
  rework?: boolean | undefined;
  /** Only orders about no unit / with no assignee (the quality picture's "none" groups). */
  withoutUnit?: boolean | undefined;
  unassigned?: boolean | undefined;
  sort?: WorkOrderSort | undefined;
};

export type WorkOrderSort = 'createdAt' | 'returnVisitDueAt' | 'resolutionDueAt';

/** The filters as query parameters (only those set), shared by the list, its counts and its export. */
export function listQuery(filters: WorkOrderFilters) {
  return {
    ...(filters.projectId ? { projectId: filters.projectId } : {}),
    ...(filters.statuses && filters.statuses.length > 0 ? { status: [...filters.statuses] } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.late ? { late: filters.late } : {}),
    ...(filters.rework ? { rework: true } : {}),
    ...(filters.withoutUnit ? { withoutUnit: true } : {}),
    ...(filters.unassigned ? { unassigned: true } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.createdFrom ? { createdFrom: filters.createdFrom } : {}),
    ...(filters.createdTo ? { createdTo: filters.createdTo } : {}),
    ...(filters.buildingId ? { buildingId: filters.buildingId } : {}),
    ...(filters.returnVisitDueBefore ? { returnVisitDueBefore: filters.returnVisitDueBefore } : {}),
    ...(filters.sort && filters.sort !== 'createdAt' ? { sort: filters.sort } : {}),
  };
}

const PAGE_SIZE = 50;

/** GET /api/v1/work-orders — newest first, filtered, one page. */
export async function listWorkOrders(
  filters: WorkOrderFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
  limit: number = PAGE_SIZE,
): Promise<WorkOrderPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/work-orders', {
      params: {
        query: { limit, ...(cursor ? { cursor } : {}), ...listQuery(filters) },
      },
      signal,
    }),
  );
  return data;
}

export const workOrdersQueryKey = ['work-orders'] as const;

/** Everything that lists orders — list pages, tab counts, the complaint review — reloads after any change. */
export function invalidateWorkOrderLists(queryClient: QueryClient) {
  return Promise.all(
    (['pages', 'counts', 'complaint-review'] as const).map((part) => queryClient.invalidateQueries({ queryKey: [...workOrdersQueryKey, part] })),
  );
}

export function workOrdersQueryOptions(filters: WorkOrderFilters) {
  return infiniteQueryOptions({
    queryKey: [...workOrdersQueryKey, 'pages', filters],
    queryFn: ({ pageParam, signal }) => listWorkOrders(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useWorkOrders(filters: WorkOrderFilters, enabled = true) {
  return useInfiniteQuery({ ...workOrdersQueryOptions(filters), enabled });
}

/** The orders of one unit registered since `createdFrom` (the registration form's duplicate check). */
export function unitRecentOrdersQueryOptions(projectId: string, unitId: string, createdFrom: string) {
  return queryOptions({
    queryKey: [...workOrdersQueryKey, 'unit-recent', projectId, unitId, createdFrom],
    queryFn: ({ signal }) => listWorkOrders({ projectId, unitId, createdFrom }, undefined, signal, 20),
  });
}

export function useUnitRecentOrders(projectId: string, unitId: string | undefined, createdFrom: string) {
  return useQuery({ ...unitRecentOrdersQueryOptions(projectId, unitId ?? '', createdFrom), enabled: unitId !== undefined });
}

/** The unit's orders not yet done, whenever registered (the registration form shows them with the recent ones). */
export function unitOpenOrdersQueryOptions(projectId: string, unitId: string) {
  return queryOptions({
    queryKey: [...workOrdersQueryKey, 'unit-open', projectId, unitId],
    queryFn: ({ signal }) => listWorkOrders({ projectId, unitId, statuses: OPEN_STATUSES }, undefined, signal, 20),
  });
}

export function useUnitOpenOrders(projectId: string, unitId: string | undefined) {
  return useQuery({ ...unitOpenOrdersQueryOptions(projectId, unitId ?? ''), enabled: unitId !== undefined });
}
