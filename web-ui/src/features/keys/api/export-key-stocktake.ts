import { api, unwrap } from '@/lib/api/client';
import { exportedFile, type ExportedFile, type ExportFormat } from '@/lib/download';

/** GET /api/v1/key-stocktakes/{id}/export?format — one stock-take's report (盘点报告) as a file. */
export async function exportKeyStocktake(stocktakeId: string, format: ExportFormat): Promise<ExportedFile> {
  const result = await unwrap(
    api.GET('/api/v1/key-stocktakes/{stocktakeId}/export', { params: { path: { stocktakeId }, query: { format } }, parseAs: 'blob' }),
  );
  return exportedFile(result, `key-stocktake.${format}`);
}
