import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';

export type KeyDeposit = Schemas['KeyDeposit'];
export type KeyDepositCreate = Schemas['KeyDepositCreate'];

/** POST /api/v1/keys/{keyId}/deposits — the owner's signed authorization (委托书) for a UNIT key. */
export async function createKeyDeposit(keyId: string, body: KeyDepositCreate): Promise<KeyDeposit> {
  const { data } = await unwrap(api.POST('/api/v1/keys/{keyId}/deposits', { params: { path: { keyId } }, body }));
  return data;
}

export function useCreateKeyDeposit(keyId: string) {
  return useKeyMutation((body: KeyDepositCreate) => createKeyDeposit(keyId, body));
}
