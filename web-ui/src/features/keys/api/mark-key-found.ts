import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';
import type { Key } from '@/features/keys/api/list-keys';

/** POST /api/v1/keys/{keyId}/found — a lost key is AVAILABLE again, optionally in another slot. */
export async function markKeyFound(keyId: string, body: Schemas['KeyFound']): Promise<Key> {
  const { data } = await unwrap(api.POST('/api/v1/keys/{keyId}/found', { params: { path: { keyId } }, body }));
  return data;
}

export function useMarkKeyFound(keyId: string) {
  return useKeyMutation((body: Schemas['KeyFound']) => markKeyFound(keyId, body));
}
