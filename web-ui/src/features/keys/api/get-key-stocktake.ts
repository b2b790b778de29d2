import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { keyStocktakesQueryKey } from '@/features/keys/api/list-key-stocktakes';

export type KeyStocktake = Schemas['KeyStocktake'];
export type KeyStocktakeLine = Schemas['KeyStocktakeLine'];
export type KeyStocktakeScan = Schemas['KeyStocktakeScan'];

/** GET /api/v1/key-stocktakes/{stocktakeId} — the running tally, or the report once completed. */
export async function getKeyStocktake(stocktakeId: string, signal?: AbortSignal): Promise<KeyStocktake> {
  const { data } = await unwrap(api.GET('/api/v1/key-stocktakes/{stocktakeId}', { params: { path: { stocktakeId } }, signal }));
  return data;
}

export function keyStocktakeQueryKey(stocktakeId: string) {
  return [...keyStocktakesQueryKey, 'detail', stocktakeId] as const;
}

export function keyStocktakeQueryOptions(stocktakeId: string) {
  return queryOptions({
    queryKey: keyStocktakeQueryKey(stocktakeId),
    queryFn: ({ signal }) => getKeyStocktake(stocktakeId, signal),
    staleTime: 0,
    meta: { silent: true },
  });
}

export function useKeyStocktake(stocktakeId: string) {
  return useQuery(keyStocktakeQueryOptions(stocktakeId));
}
