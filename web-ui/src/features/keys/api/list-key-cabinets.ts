import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { allPages, WHOLE_LIST_PAGE } from '@/lib/pages';
import { keysQueryKey } from '@/features/keys/api/list-keys';

export type KeyCabinet = Schemas['KeyCabinet'];

/** GET /api/v1/key-cabinets?projectId — the project's cabinets with their slots. */
export async function listKeyCabinets(projectId: string, signal?: AbortSignal): Promise<KeyCabinet[]> {
  return allPages(async (cursor) => {
    const { data } = await unwrap(api.GET('/api/v1/key-cabinets', { params: { query: { projectId, limit: WHOLE_LIST_PAGE, cursor } }, signal }));
    return data;
  });
}

export function keyCabinetsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: [...keysQueryKey, 'cabinets', projectId],
    queryFn: ({ signal }) => listKeyCabinets(projectId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useKeyCabinets(projectId: string | undefined) {
  return useQuery({ ...keyCabinetsQueryOptions(projectId ?? ''), enabled: projectId !== undefined });
}
