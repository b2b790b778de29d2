import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileNameOf } from '@/lib/download';
import { listQuery, type WorkOrderFilters } from '@/features/work-orders/api/list-work-orders';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * GET /api/v1/work-orders/export?format=&… — the current view (same filters and sort) as a file. A plain link
 * would not carry the bearer token, so it is fetched as a blob and handed to the browser to save.
 */
export async function exportWorkOrders(filters: WorkOrderFilters, format: ExportFormat): Promise<{ blob: Blob; fileName: string }> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/work-orders/export', { params: { query: { format, ...listQuery(filters) } }, parseAs: 'blob' }),
  );
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `work-orders.${format}` };
}

export function useExportWorkOrders() {
  return useMutation({ mutationFn: ({ filters, format }: { filters: WorkOrderFilters; format: ExportFormat }) => exportWorkOrders(filters, format) });
}
