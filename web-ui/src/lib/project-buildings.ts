import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Building = Schemas['Building'];

/**
 * GET /api/v1/projects/{projectId}/buildings — the first 200, for pickers and filters (a list's building filter, a
 * campaign's audience, the name of the building a quality figure drills down to). Shared by the features that filter
 * by building; under the projects' buildings key, so that editing a building reloads it.
 */
export async function listProjectBuildings(projectId: string, signal?: AbortSignal): Promise<Building[]> {
  const { data } = await unwrap(api.GET('/api/v1/projects/{projectId}/buildings', { params: { path: { projectId }, query: { limit: 200 } }, signal }));
  return data.items;
}

export function projectBuildingsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: ['projects', projectId, 'buildings', 'choices', 'items'],
    queryFn: ({ signal }) => listProjectBuildings(projectId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useProjectBuildings(projectId: string | undefined) {
  return useQuery({ ...projectBuildingsQueryOptions(projectId ?? ''), enabled: projectId !== undefined });
}
