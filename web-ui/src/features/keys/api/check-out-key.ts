import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';

export type KeyCheckout = Schemas['KeyCheckout'];
export type KeyCheckoutCreate = Schemas['KeyCheckoutCreate'];
export type ExternalBorrower = Schemas['ExternalBorrower'];

/** POST /api/v1/keys/{keyId}/checkouts with an Idempotency-Key; a broken custody rule is a 403 with its code. */
export async function checkOutKey(keyId: string, body: KeyCheckoutCreate, idempotencyKey: string): Promise<KeyCheckout> {
  const { data } = await unwrap(
    api.POST('/api/v1/keys/{keyId}/checkouts', { params: { path: { keyId }, header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
  return data;
}

export function useCheckOutKey(keyId: string) {
  return useKeyMutation(({ body, idempotencyKey }: { body: KeyCheckoutCreate; idempotencyKey: string }) => checkOutKey(keyId, body, idempotencyKey));
}
