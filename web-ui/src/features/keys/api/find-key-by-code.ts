import { queryOptions, useQuery } from '@tanstack/react-query';
import { keysQueryKey, listKeys, type Key } from '@/features/keys/api/list-keys';

/** A key code as printed on a tag (what the API accepts in `?code=`). */
export const KEY_CODE_PATTERN = /^[A-Za-z0-9-]{1,40}$/;

/** GET /api/v1/keys?projectId=…&code=… — the key behind a scanned or typed label, or null. */
export async function findKeyByCode(projectId: string, code: string, signal?: AbortSignal): Promise<Key | null> {
  const page = await listKeys({ projectId, code }, undefined, signal, 1);
  return page.items[0] ?? null;
}

export function keyByCodeQueryOptions(projectId: string, code: string) {
  return queryOptions({
    queryKey: [...keysQueryKey, 'by-code', projectId, code.toUpperCase()],
    queryFn: ({ signal }) => findKeyByCode(projectId, code, signal),
    staleTime: 0,
  });
}

export function useKeyByCode(projectId: string | undefined, code: string | undefined) {
  return useQuery({
    ...keyByCodeQueryOptions(projectId ?? '', code ?? ''),
    enabled: projectId !== undefined && code !== undefined && KEY_CODE_PATTERN.test(code),
  });
}
