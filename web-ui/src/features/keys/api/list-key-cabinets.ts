import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { keysQueryKey } from '@/features/keys/api/list-keys';

export type KeyCabinet = Schemas['KeyCabinet'];

/** GET /api/v1/key-cabinets?projectId — the project's cabinets with their slots. */
export async function listKeyCabinets(projectId: string, signal?: AbortSignal): Promise<KeyCabinet[]> {
  const { data } = await unwrap(api.GET('/api/v1/key-cabinets', { params: { query: { projectId } }, signal }));
  return data.items;
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
