import { api, unwrap } from '@/lib/api/client';
import { exportedFile, type ExportedFile, type ExportFormat } from '@/lib/download';
import { checkoutQuery, type KeyCheckoutFilters } from '@/features/keys/api/list-key-checkouts';

/** GET /api/v1/key-checkouts/export?format&… — the checkouts (借用登记) with the list's filters as a file. */
export async function exportKeyCheckouts(filters: KeyCheckoutFilters, format: ExportFormat): Promise<ExportedFile> {
  const result = await unwrap(api.GET('/api/v1/key-checkouts/export', { params: { query: { format, ...checkoutQuery(filters) } }, parseAs: 'blob' }));
  return exportedFile(result, `key-checkouts.${format}`);
}
