import { api, unwrap } from '@/lib/api/client';
import { fileNameOf, type ReportFile, type ReportLanguage } from '@/lib/download';

/** GET /api/v1/inspections/{inspectionId}/export?format=xlsx — the 督导报告 as a spreadsheet. */
export async function exportInspection(inspectionId: string, lang: ReportLanguage): Promise<ReportFile> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/inspections/{inspectionId}/export', { params: { path: { inspectionId }, query: { format: 'xlsx', lang } }, parseAs: 'blob' }),
  );
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `inspection-${inspectionId}.xlsx` };
}
