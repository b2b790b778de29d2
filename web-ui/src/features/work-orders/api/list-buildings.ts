import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Building = Schemas['Building'];

/** GET /api/v1/projects/{projectId}/buildings — the first 200, for the list's building filter. */
export async function listBuildings(projectId: string, signal?: AbortSignal): Promise<Building[]> {
  const { data } = await unwrap(api.GET('/api/v1/projects/{projectId}/buildings', { params: { path: { projectId }, query: { limit: 200 } }, signal }));
  return data.items;
}

export function useBuildings(projectId: string | undefined) {
  return useQuery({
    ...queryOptions({ queryKey: ['projects', projectId, 'buildings', 'choices', 'work-orders'], queryFn: ({ signal }) => listBuildings(projectId ?? '', signal) }),
    enabled: projectId !== undefined,
    staleTime: 5 * 60_000,
  });
}
