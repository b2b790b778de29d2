import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileNameOf } from '@/lib/download';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * GET /api/v1/survey-campaigns/{campaignId}/export?format= as a file. A plain link would not carry
 * the bearer token, so the file is fetched as a blob and handed to the browser to save.
 */
export async function exportSurveyCampaign(campaignId: string, format: ExportFormat): Promise<{ blob: Blob; fileName: string | undefined }> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/survey-campaigns/{campaignId}/export', { params: { path: { campaignId }, query: { format } }, parseAs: 'blob' }),
  );
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

export function useExportSurveyCampaign(campaignId: string) {
  return useMutation({ mutationFn: (format: ExportFormat) => exportSurveyCampaign(campaignId, format) });
}
