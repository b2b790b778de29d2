import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type KeyStocktakeScanResult = Schemas['KeyStocktakeScanResult'];
export type KeyStocktakeScanResultType = Schemas['KeyStocktakeScanResultType'];

/** POST /api/v1/key-stocktakes/{stocktakeId}/scans — what the code is, and the running tally. */
export async function scanKeyStocktake(stocktakeId: string, body: Schemas['KeyStocktakeScanCreate']): Promise<KeyStocktakeScanResult> {
  const { data } = await unwrap(api.POST('/api/v1/key-stocktakes/{stocktakeId}/scans', { params: { path: { stocktakeId } }, body }));
  return data;
}

/**
 * One mutation per scan, nothing reloaded: the answer carries the scan and the tally, and the
 * scanner keeps going. The scanner shows failures next to the code.
 */
export function useScanKeyStocktake(stocktakeId: string) {
  return useMutation({
    mutationFn: (body: Schemas['KeyStocktakeScanCreate']) => scanKeyStocktake(stocktakeId, body),
    meta: { handledStatuses: [400, 403, 409] },
  });
}
