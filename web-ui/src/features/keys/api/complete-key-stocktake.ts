import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { keyStocktakeQueryKey, type KeyStocktake } from '@/features/keys/api/get-key-stocktake';
import { keysQueryKey } from '@/features/keys/api/list-keys';
import { storeAnswer } from '@/lib/query-cache';

/** POST /api/v1/key-stocktakes/{stocktakeId}/complete — closes it and fixes the report. */
export async function completeKeyStocktake(stocktakeId: string): Promise<KeyStocktake> {
  const { data } = await unwrap(api.POST('/api/v1/key-stocktakes/{stocktakeId}/complete', { params: { path: { stocktakeId } } }));
  return data;
}

export function useCompleteKeyStocktake(stocktakeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => completeKeyStocktake(stocktakeId),
    onSuccess: async (report) => {
      await storeAnswer(queryClient, keyStocktakeQueryKey(stocktakeId), report);
      return queryClient.invalidateQueries({ queryKey: keysQueryKey, predicate: (query) => query.queryKey[3] !== stocktakeId });
    },
    // A 409 (completed meanwhile, e.g. on another phone) shows through the error policy; reload to show the report.
    onError: () => queryClient.invalidateQueries({ queryKey: keyStocktakeQueryKey(stocktakeId) }),
  });
}
