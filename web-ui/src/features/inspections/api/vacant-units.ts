import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { inspectionsQueryKey, vacantUnitsQueryKey } from '@/features/inspections/api/keys';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type VacantUnit = Schemas['VacantUnit'];
export type FindingRepairOrderCreate = Schemas['FindingRepairOrderCreate'];

/** GET /api/v1/vacant-units — the register (空置房台账) in unit order. */
export function useVacantUnits(projectId: string | undefined) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: [...vacantUnitsQueryKey, 'pages', projectId],
      queryFn: async ({ pageParam, signal }) =>
        (await unwrap(api.GET('/api/v1/vacant-units', { params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}), ...(projectId ? { projectId } : {}) } }, signal }))).data,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
    enabled: projectId !== undefined,
  });
}

/** PUT /api/v1/vacant-units/{unitId}/responsible — who looks after the unit (absent: nobody). */
export function useSetResponsible() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ unitId, userId }: { unitId: string; userId: string | undefined }) =>
      (await unwrap(api.PUT('/api/v1/vacant-units/{unitId}/responsible', { params: { path: { unitId } }, body: userId ? { userId } : {} }))).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vacantUnitsQueryKey }),
  });
}

/** POST …/results/{resultId}/repair-order — a patrol finding becomes a REPAIR order for the unit. */
export function useRaiseRepairOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ inspectionId, resultId, body }: { inspectionId: string; resultId: string; body: FindingRepairOrderCreate }) =>
      (await unwrap(api.POST('/api/v1/inspections/{inspectionId}/results/{resultId}/repair-order', { params: { path: { inspectionId, resultId } }, body }))).data,
    meta: { handledStatuses: [400, 409] },
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: inspectionsQueryKey }), queryClient.invalidateQueries({ queryKey: vacantUnitsQueryKey })]),
  });
}
