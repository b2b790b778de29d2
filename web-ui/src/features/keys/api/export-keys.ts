import { api, unwrap } from '@/lib/api/client';
import { exportedFile, type ExportedFile, type ExportFormat } from '@/lib/download';
import { keyQuery, type KeyFilters } from '@/features/keys/api/list-keys';

/** GET /api/v1/keys/export?format&… — the ledger (钥匙台账) with the list's filters as a file. */
export async function exportKeys(filters: KeyFilters, format: ExportFormat): Promise<ExportedFile> {
  const result = await unwrap(api.GET('/api/v1/keys/export', { params: { query: { format, ...keyQuery(filters) } }, parseAs: 'blob' }));
  return exportedFile(result, `keys.${format}`);
}
