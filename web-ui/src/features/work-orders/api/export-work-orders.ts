import { api, unwrap } from '@/lib/api/client';
import { exportedFile, type ExportedFile, type ExportFormat } from '@/lib/download';
import { listQuery, type WorkOrderFilters } from '@/features/work-orders/api/list-work-orders';

/** GET /api/v1/work-orders/export?format=&… — the current view (same filters and sort) as a file. */
export async function exportWorkOrders(filters: WorkOrderFilters, format: ExportFormat): Promise<ExportedFile> {
  const result = await unwrap(api.GET('/api/v1/work-orders/export', { params: { query: { format, ...listQuery(filters) } }, parseAs: 'blob' }));
  return exportedFile(result, `work-orders.${format}`);
}
