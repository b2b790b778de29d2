import { useQueryClient } from '@tanstack/react-query';
import { inspectionsQueryKey, inspectionTasksQueryKey, rectificationsQueryKey, vacantUnitsQueryKey } from '@/features/inspections/api/keys';
import { useServerEvents } from '@/lib/server-events';

/**
 * While mounted, a submitted inspection or a changed rectification (raised, its order moved, re-inspected — by anyone,
 * in `projectId` or any of my projects) reloads the lists and the register; tasks created or missed (应查未查) reload the
 * task lists and the vacant-unit register. A draft being walked is not reloaded
 * here: the walker keeps its own copy (see use-inspection-draft).
 */
export function useLiveInspections(projectId?: string) {
  const queryClient = useQueryClient();
  useServerEvents((event) => {
    if (projectId && event.projectId !== projectId) return;
    if (event.type === 'INSPECTION_SUBMITTED') {
      void queryClient.invalidateQueries({ queryKey: [...inspectionsQueryKey, 'pages'] });
      void queryClient.invalidateQueries({ queryKey: inspectionTasksQueryKey });
      void queryClient.invalidateQueries({ queryKey: vacantUnitsQueryKey });
    } else if (event.type === 'INSPECTION_TASKS_CREATED' || event.type === 'INSPECTION_TASKS_MISSED') {
      void queryClient.invalidateQueries({ queryKey: inspectionTasksQueryKey });
      void queryClient.invalidateQueries({ queryKey: vacantUnitsQueryKey });
    } else if (event.type === 'RECTIFICATION_CHANGED') {
      void queryClient.invalidateQueries({ queryKey: rectificationsQueryKey });
      void queryClient.invalidateQueries({ queryKey: inspectionsQueryKey, predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] === event.inspectionId });
    }
  });
}
