import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
import { keysQueryKey, type Key } from '@/features/keys/api/list-keys';

export type VersionedKey = { item: Key; etag: string | undefined };

/** GET /api/v1/keys/{keyId} — with its deposit, open checkout, rules, allowed actions and ETag. */
export async function getKey(keyId: string, signal?: AbortSignal): Promise<VersionedKey> {
  const { data, response } = await unwrap(api.GET('/api/v1/keys/{keyId}', { params: { path: { keyId } }, signal }));
  return { item: data, etag: etagOf(response) };
}

export function keyQueryKey(keyId: string) {
  return [...keysQueryKey, 'detail', keyId] as const;
}

export function keyQueryOptions(keyId: string) {
  return queryOptions({
    queryKey: keyQueryKey(keyId),
    queryFn: ({ signal }) => getKey(keyId, signal),
    staleTime: 0,
    meta: { silent: true },
  });
}

export function useKey(keyId: string | undefined) {
  return useQuery({ ...keyQueryOptions(keyId ?? ''), enabled: keyId !== undefined });
}
