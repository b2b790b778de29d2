import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';
import type { Key } from '@/features/keys/api/list-keys';

/** POST /api/v1/keys/{keyId}/retire — out of service for good; its slot is freed. */
export async function retireKey(keyId: string, body: Schemas['KeyReason']): Promise<Key> {
  const { data } = await unwrap(api.POST('/api/v1/keys/{keyId}/retire', { params: { path: { keyId } }, body }));
  return data;
}

export function useRetireKey(keyId: string) {
  return useKeyMutation((body: Schemas['KeyReason']) => retireKey(keyId, body));
}
