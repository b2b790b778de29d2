import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Unit = Schemas['Unit'];

/** GET /api/v1/projects/{projectId}/units?q= — the unit a new UNIT key opens (first 20 matches). */
export async function searchUnits(projectId: string, q: string, signal?: AbortSignal): Promise<Unit[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/units', { params: { path: { projectId }, query: { limit: 20, ...(q ? { q } : {}) } }, signal }),
  );
  return data.items;
}

export function unitSearchQueryOptions(projectId: string, q: string) {
  return queryOptions({
    queryKey: ['projects', projectId, 'units', 'search', q],
    queryFn: ({ signal }) => searchUnits(projectId, q, signal),
  });
}

export function useUnitSearch(projectId: string, q: string, enabled = true) {
  return useQuery({ ...unitSearchQueryOptions(projectId, q), enabled });
}
