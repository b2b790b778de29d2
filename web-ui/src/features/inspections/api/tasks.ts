import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createInspection } from '@/features/inspections/api/create-inspection';
import { inspectionQueryKey } from '@/features/inspections/api/get-inspection';
import { inspectionsQueryKey, inspectionTasksQueryKey, vacantUnitsQueryKey } from '@/features/inspections/api/keys';
import { api, newIdempotencyKey, unwrap, type Schemas } from '@/lib/api/client';

export type InspectionTask = Schemas['InspectionTask'];
export type InspectionTaskStatus = Schemas['InspectionTaskStatus'];
export type InspectionTaskSummary = Schemas['InspectionTaskSummary'];

export type TaskFilters = {
  projectId?: string | undefined;
  status?: InspectionTaskStatus | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  inspectorId?: string | undefined;
  planId?: string | undefined;
  unitId?: string | undefined;
  /** Missed (应查未查): done late or still undone past the due time. */
  late?: boolean | undefined;
};

const PAGE_SIZE = 100;

/** GET /api/v1/inspection-tasks — earliest due first, one page. */
export async function listTasks(filters: TaskFilters, cursor: string | undefined, signal?: AbortSignal) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as TaskFilters;
  return (await unwrap(api.GET('/api/v1/inspection-tasks', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}), ...query } }, signal }))).data;
}

export function useTasks(filters: TaskFilters, enabled = true) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: [...inspectionTasksQueryKey, 'pages', filters],
      queryFn: ({ pageParam, signal }) => listTasks(filters, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
    enabled,
  });
}

/** GET /api/v1/inspection-tasks/summary — due, done, missed (应查未查) and open per project in a period. */
export function useTaskSummary(projectId: string | undefined, period: { from?: string | undefined; to?: string | undefined }) {
  return useQuery({
    ...queryOptions({
      queryKey: [...inspectionTasksQueryKey, 'summary', projectId, period],
      queryFn: async ({ signal }) => {
        const query = { ...(projectId ? { projectId } : {}), ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
        return (await unwrap(api.GET('/api/v1/inspection-tasks/summary', { params: { query }, signal }))).data;
      },
    }),
    enabled: projectId !== undefined,
  });
}

/**
 * Opens a task: its inspection if one was started (continue it), else a new one started from the task (its plan's rubric
 * and method). Resolves to the inspection's id.
 */
export function useOpenTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (task: InspectionTask): Promise<string> => {
      if (task.inspectionId) return task.inspectionId;
      const created = await createInspection({ projectId: task.projectId, templateId: task.templateId, method: task.method, taskId: task.id }, newIdempotencyKey());
      queryClient.setQueryData(inspectionQueryKey(created.inspection.id), created);
      return created.inspection.id;
    },
    meta: { handledStatuses: [409] },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inspectionTasksQueryKey }),
        queryClient.invalidateQueries({ queryKey: vacantUnitsQueryKey }),
        queryClient.invalidateQueries({ queryKey: [...inspectionsQueryKey, 'pages'] }),
      ]),
  });
}
