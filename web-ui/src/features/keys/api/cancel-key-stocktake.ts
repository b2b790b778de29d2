import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { keyStocktakeQueryKey, type KeyStocktake } from '@/features/keys/api/get-key-stocktake';
import { keyStocktakesQueryKey } from '@/features/keys/api/list-key-stocktakes';
import { storeAnswer } from '@/lib/query-cache';

/** POST /api/v1/key-stocktakes/{stocktakeId}/cancel — abandons an open stock-take, with the reason, without a report. */
export async function cancelKeyStocktake(stocktakeId: string, reason: string): Promise<KeyStocktake> {
  const { data } = await unwrap(
    api.POST('/api/v1/key-stocktakes/{stocktakeId}/cancel', { params: { path: { stocktakeId } }, body: { reason } }),
  );
  return data;
}

export function useCancelKeyStocktake(stocktakeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => cancelKeyStocktake(stocktakeId, reason),
    onSuccess: async (stocktake) => {
      await storeAnswer(queryClient, keyStocktakeQueryKey(stocktakeId), stocktake);
      // The lists; this stock-take's own entry is already what the API answered.
      return queryClient.invalidateQueries({ queryKey: keyStocktakesQueryKey, predicate: (query) => query.queryKey[3] !== stocktakeId });
    },
    // A 409 (completed or cancelled meanwhile, e.g. on another phone): reload to show what it became.
    onError: () => queryClient.invalidateQueries({ queryKey: keyStocktakeQueryKey(stocktakeId) }),
  });
}
