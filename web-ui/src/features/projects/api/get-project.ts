import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Project } from '@/features/projects/api/list-projects';

/** GET /api/v1/projects/{projectId}. */
export async function getProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  const { data } = await unwrap(api.GET('/api/v1/projects/{projectId}', { params: { path: { projectId } }, signal }));
  return data;
}

export function projectQueryKey(projectId: string) {
  return ['projects', 'detail', projectId] as const;
}

export function projectQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: projectQueryKey(projectId),
    queryFn: ({ signal }) => getProject(projectId, signal),
    // The page shows its own "not found" state.
    meta: { handledStatuses: [404] },
  });
}

export function useProject(projectId: string) {
  return useQuery(projectQueryOptions(projectId));
}
