import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inspectionsQueryKey, rectificationsQueryKey } from '@/features/inspections/api/keys';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Rectification = Schemas['Rectification'];
export type RectificationStatus = Schemas['RectificationStatus'];
export type RectificationCreate = Schemas['RectificationCreate'];
export type RectificationSummary = Schemas['RectificationSummary'];
export type RectificationCounts = Schemas['RectificationCounts'];
export type Reinspection = Schemas['Reinspection'];

export type RectificationFilters = {
  projectId?: string | undefined;
  status?: RectificationStatus | undefined;
  overdue?: boolean | undefined;
  assigneeId?: string | undefined;
  inspectionId?: string | undefined;
  sectionCode?: string | undefined;
  raisedFrom?: string | undefined;
  raisedTo?: string | undefined;
  buildingId?: string | undefined;
  cancelled?: boolean | undefined;
  due?: boolean | undefined;
  /** Only those whose work order is about no unit / has no assignee (the quality picture's "none" groups). */
  withoutUnit?: boolean | undefined;
  unassigned?: boolean | undefined;
};

const PAGE_SIZE = 50;

/** GET /api/v1/rectifications — the register (整改台账), the most urgent deadline first. */
export async function listRectifications(filters: RectificationFilters, cursor: string | undefined, signal?: AbortSignal) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as RectificationFilters;
  const { data } = await unwrap(api.GET('/api/v1/rectifications', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}), ...query } }, signal }));
  return data;
}

export function useRectifications(filters: RectificationFilters, enabled = true) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: [...rectificationsQueryKey, 'pages', filters],
      queryFn: ({ pageParam, signal }) => listRectifications(filters, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
    enabled,
  });
}

/** GET /api/v1/rectifications/summary — 整改率 and the on-time rate, overall, by section and by owner. */
export function useRectificationSummary(projectId: string | undefined, period: { from?: string | undefined; to?: string | undefined } = {}) {
  return useQuery({
    ...queryOptions({
      queryKey: [...rectificationsQueryKey, 'summary', projectId, period],
      queryFn: async ({ signal }) => {
        const query = { ...(projectId ? { projectId } : {}), ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
        return (await unwrap(api.GET('/api/v1/rectifications/summary', { params: { query }, signal }))).data;
      },
    }),
    enabled: projectId !== undefined,
  });
}

/** After a rectification changes: the register, the summary and the inspection that shows it reload. */
function useInvalidateRectifications() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: rectificationsQueryKey }), queryClient.invalidateQueries({ queryKey: inspectionsQueryKey })]);
}

/** POST …/results/{resultId}/rectification (QUALITY_SUPERVISOR, MANAGER, ADMIN): a RECTIFICATION work order for the finding. */
export function useRaiseRectification(inspectionId: string) {
  const invalidate = useInvalidateRectifications();
  return useMutation({
    mutationFn: async ({ resultId, body, idempotencyKey }: { resultId: string; body: RectificationCreate; idempotencyKey: string }) =>
      (
        await unwrap(
          api.POST('/api/v1/inspections/{inspectionId}/results/{resultId}/rectification', {
            params: { path: { inspectionId, resultId }, header: { 'Idempotency-Key': idempotencyKey } },
            body,
          }),
        )
      ).data,
    meta: { handledStatuses: [400, 409] },
    onSettled: invalidate,
  });
}

/** POST /api/v1/rectifications/{id}/reinspection (复查): PASS closes it (销号), FAIL sends it back with a new deadline. */
export function useReinspect() {
  const invalidate = useInvalidateRectifications();
  return useMutation({
    mutationFn: async ({ rectificationId, body }: { rectificationId: string; body: Reinspection }) =>
      (await unwrap(api.POST('/api/v1/rectifications/{rectificationId}/reinspection', { params: { path: { rectificationId } }, body }))).data,
    meta: { handledStatuses: [400, 409] },
    onSettled: invalidate,
  });
}
