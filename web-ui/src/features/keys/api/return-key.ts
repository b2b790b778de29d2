import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';

export type KeyReturn = Schemas['KeyReturn'];
export type KeyCondition = Schemas['KeyCondition'];

/** POST /api/v1/key-checkouts/{checkoutId}/return — the key is back in the cabinet. */
export async function returnKey(checkoutId: string, body: KeyReturn): Promise<KeyCheckout> {
  const { data } = await unwrap(api.POST('/api/v1/key-checkouts/{checkoutId}/return', { params: { path: { checkoutId } }, body }));
  return data;
}

export function useReturnKey() {
  return useKeyMutation(({ checkoutId, body }: { checkoutId: string; body: KeyReturn }) => returnKey(checkoutId, body));
}
