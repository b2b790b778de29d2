import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';
import type { Key } from '@/features/keys/api/list-keys';

export type KeyCreate = Schemas['KeyCreate'];

/** POST /api/v1/keys (ADMIN, MANAGER, KEY_CUSTODIAN) with an Idempotency-Key. */
export async function createKey(body: KeyCreate, idempotencyKey: string): Promise<Key> {
  const { data } = await unwrap(api.POST('/api/v1/keys', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
  return data;
}

export function useCreateKey() {
  return useKeyMutation(({ body, idempotencyKey }: { body: KeyCreate; idempotencyKey: string }) => createKey(body, idempotencyKey));
}
