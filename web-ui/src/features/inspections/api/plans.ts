import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inspectionPlansQueryKey, inspectionTasksQueryKey, vacantUnitsQueryKey } from '@/features/inspections/api/keys';
import { api, etagOf, unwrap, type Schemas } from '@/lib/api/client';

export type InspectionPlan = Schemas['InspectionPlan'];
export type InspectionPlanInput = Schemas['InspectionPlanInput'];
export type InspectionPlanLevel = Schemas['InspectionPlanLevel'];
export type VersionedPlan = { plan: InspectionPlan; etag: string | undefined };

/** GET /api/v1/inspection-plans — a project's plans (up to 200: a project has a handful). */
export function usePlans(projectId: string | undefined) {
  return useQuery({
    ...queryOptions({
      queryKey: [...inspectionPlansQueryKey, 'list', projectId],
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/api/v1/inspection-plans', { params: { query: { limit: 200, ...(projectId ? { projectId } : {}) } }, signal }))).data.items,
    }),
    enabled: projectId !== undefined,
  });
}

/** GET /api/v1/inspection-plans/{planId}, with its ETag for the next change. */
export function usePlan(planId: string | undefined) {
  return useQuery({
    queryKey: [...inspectionPlansQueryKey, 'detail', planId],
    queryFn: async ({ signal }): Promise<VersionedPlan> => {
      const { data, response } = await unwrap(api.GET('/api/v1/inspection-plans/{planId}', { params: { path: { planId: planId ?? '' } }, signal }));
      return { plan: data, etag: etagOf(response) };
    },
    enabled: planId !== undefined,
  });
}

/** POST (new) or PUT with If-Match (change) a plan; its tasks, and the task lists, change with it. */
export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, planId, etag, idempotencyKey }: { body: InspectionPlanInput; planId?: string | undefined; etag?: string | undefined; idempotencyKey: string }) => {
      if (planId) {
        return (await unwrap(api.PUT('/api/v1/inspection-plans/{planId}', { params: { path: { planId }, header: { 'If-Match': etag ?? '' } }, body }))).data;
      }
      return (await unwrap(api.POST('/api/v1/inspection-plans', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }))).data;
    },
    meta: { handledStatuses: [400, 409, 412] },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inspectionPlansQueryKey }),
        queryClient.invalidateQueries({ queryKey: inspectionTasksQueryKey }),
        queryClient.invalidateQueries({ queryKey: vacantUnitsQueryKey }),
      ]),
  });
}

/** GET /api/v1/projects/{projectId}/buildings — a plan's scope is some of them (a project has a few dozen at most). */
export function usePlanBuildings(projectId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...inspectionPlansQueryKey, 'buildings', projectId],
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/projects/{projectId}/buildings', { params: { path: { projectId: projectId ?? '' }, query: { limit: 200 } }, signal }))).data.items,
    enabled: enabled && projectId !== undefined,
  });
}
