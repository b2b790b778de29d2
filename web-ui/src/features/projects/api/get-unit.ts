import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
import type { Versioned } from '@/features/projects/api/get-building';
import { unitsQueryKey, type Unit } from '@/features/projects/api/list-units';

/** GET /api/v1/projects/{projectId}/units/{unitId} — with its ETag, for an update. */
export async function getUnit(projectId: string, unitId: string, signal?: AbortSignal): Promise<Versioned<Unit>> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/units/{unitId}', { params: { path: { projectId, unitId } }, signal }),
  );
  return { item: data, etag: etagOf(response) };
}

export function unitQueryKey(projectId: string, unitId: string) {
  return [...unitsQueryKey(projectId), 'detail', unitId] as const;
}

export function unitQueryOptions(projectId: string, unitId: string) {
  return queryOptions({
    queryKey: unitQueryKey(projectId, unitId),
    queryFn: ({ signal }) => getUnit(projectId, unitId, signal),
    staleTime: 0,
  });
}

export function useUnit(projectId: string, unitId: string | undefined) {
  return useQuery({ ...unitQueryOptions(projectId, unitId ?? ''), enabled: unitId !== undefined });
}
