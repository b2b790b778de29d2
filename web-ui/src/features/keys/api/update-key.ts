import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';
import type { Key } from '@/features/keys/api/list-keys';

export type KeyUpdate = Schemas['KeyUpdate'];

/** PATCH /api/v1/keys/{keyId} with If-Match: facility, copies, custodian, cabinet and slot. */
export async function updateKey(keyId: string, body: KeyUpdate, ifMatch: string): Promise<Key> {
  const { data } = await unwrap(api.PATCH('/api/v1/keys/{keyId}', { params: { path: { keyId }, header: { 'If-Match': ifMatch } }, body }));
  return data;
}

export function useUpdateKey(keyId: string) {
  return useKeyMutation(({ body, ifMatch }: { body: KeyUpdate; ifMatch: string }) => updateKey(keyId, body, ifMatch));
}
