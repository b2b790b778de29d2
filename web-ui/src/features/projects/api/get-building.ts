import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
import { buildingsQueryKey, type Building } from '@/features/projects/api/list-buildings';

export type Versioned<T> = { item: T; etag: string | undefined };

/** GET /api/v1/projects/{projectId}/buildings/{buildingId} — with its ETag, for an update. */
export async function getBuilding(projectId: string, buildingId: string, signal?: AbortSignal): Promise<Versioned<Building>> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/buildings/{buildingId}', { params: { path: { projectId, buildingId } }, signal }),
  );
  return { item: data, etag: etagOf(response) };
}

export function buildingQueryOptions(projectId: string, buildingId: string) {
  return queryOptions({
    queryKey: [...buildingsQueryKey(projectId), 'detail', buildingId],
    queryFn: ({ signal }) => getBuilding(projectId, buildingId, signal),
    staleTime: 0,
  });
}

export function useBuilding(projectId: string, buildingId: string | undefined) {
  return useQuery({ ...buildingQueryOptions(projectId, buildingId ?? ''), enabled: buildingId !== undefined });
}
