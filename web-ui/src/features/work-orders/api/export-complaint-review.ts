import { api, unwrap } from '@/lib/api/client';
import { exportedFile, type ExportedFile, type ExportFormat } from '@/lib/download';

/** GET /api/v1/work-orders/complaint-review/export?projectId&format — 投诉每日盘点 as a file. */
export async function exportComplaintReview(projectId: string, format: ExportFormat): Promise<ExportedFile> {
  const result = await unwrap(api.GET('/api/v1/work-orders/complaint-review/export', { params: { query: { projectId, format } }, parseAs: 'blob' }));
  return exportedFile(result, `complaint-review.${format}`);
}
