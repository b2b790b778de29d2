import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';
import type { KeyStocktake } from '@/features/keys/api/get-key-stocktake';

/** POST /api/v1/key-stocktakes — snapshots the keys expected in the project or one cabinet. */
export async function startKeyStocktake(body: Schemas['KeyStocktakeCreate']): Promise<KeyStocktake> {
  const { data } = await unwrap(api.POST('/api/v1/key-stocktakes', { body }));
  return data;
}

export function useStartKeyStocktake() {
  return useKeyMutation(startKeyStocktake);
}
