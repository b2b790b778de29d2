import { api, unwrap } from '@/lib/api/client';
import { fileNameOf } from '@/lib/download';

/** The language of a report file: English for an English UI, else Chinese. */
export type ReportLanguage = 'zh-CN' | 'en';

export function reportLanguageOf(uiLanguage: string | undefined): ReportLanguage {
  return uiLanguage?.startsWith('en') ? 'en' : 'zh-CN';
}

/** A report file fetched as a blob (a plain link would not carry the bearer token). */
export type ReportFile = { blob: Blob; fileName: string };

/** GET /api/v1/inspections/{inspectionId}/export?format=xlsx — the 督导报告 as a spreadsheet. */
export async function exportInspection(inspectionId: string, lang: ReportLanguage): Promise<ReportFile> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/inspections/{inspectionId}/export', { params: { path: { inspectionId }, query: { format: 'xlsx', lang } }, parseAs: 'blob' }),
  );
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `inspection-${inspectionId}.xlsx` };
}
