import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { qualityQueryKey } from '@/features/quality/api/get-quality-overview';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fileNameOf, type ReportFile, type ReportLanguage } from '@/lib/download';

export type ComplaintWeeklyReport = Schemas['ComplaintWeeklyReport'];
export type ReturnVisitMonthlyReport = Schemas['ReturnVisitMonthlyReport'];
export type QuarterlyQualityReport = Schemas['QuarterlyQualityReport'];
export type ReportComplaint = Schemas['ReportComplaint'];
export type ReturnVisitFigures = Schemas['ReturnVisitFigures'];

/** GET /api/v1/quality/reports/complaints-weekly — 投诉周报 of one project and ISO week. */
export function useComplaintWeeklyReport(projectId: string | undefined, week: string) {
  return useQuery(
    queryOptions({
      queryKey: [...qualityQueryKey, 'reports', 'weekly', projectId, week],
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/api/v1/quality/reports/complaints-weekly', { params: { query: { projectId: projectId ?? '', week } }, signal }))).data,
      placeholderData: keepPreviousData,
      enabled: projectId !== undefined,
    }),
  );
}

/** GET /api/v1/quality/reports/return-visits-monthly — 回访月报 of one project and month. */
export function useReturnVisitMonthlyReport(projectId: string | undefined, month: string) {
  return useQuery(
    queryOptions({
      queryKey: [...qualityQueryKey, 'reports', 'monthly', projectId, month],
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/api/v1/quality/reports/return-visits-monthly', { params: { query: { projectId: projectId ?? '', month } }, signal }))).data,
      placeholderData: keepPreviousData,
      enabled: projectId !== undefined,
    }),
  );
}

/** GET /api/v1/quality/reports/quarterly — 季度统计分析 of one project and quarter. */
export function useQuarterlyQualityReport(projectId: string | undefined, quarter: string) {
  return useQuery(
    queryOptions({
      queryKey: [...qualityQueryKey, 'reports', 'quarterly', projectId, quarter],
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/api/v1/quality/reports/quarterly', { params: { query: { projectId: projectId ?? '', quarter } }, signal }))).data,
      placeholderData: keepPreviousData,
      enabled: projectId !== undefined,
    }),
  );
}

export type ReportKind = 'weekly' | 'monthly' | 'quarterly';

const EXPORTS = {
  weekly: '/api/v1/quality/reports/complaints-weekly/export',
  monthly: '/api/v1/quality/reports/return-visits-monthly/export',
  quarterly: '/api/v1/quality/reports/quarterly/export',
} as const;

const PERIOD_PARAMS = { weekly: 'week', monthly: 'month', quarterly: 'quarter' } as const;

/** The report as XLSX (…/export?format=xlsx) in the UI's language. */
export async function exportReport(kind: ReportKind, projectId: string, period: string, lang: ReportLanguage): Promise<ReportFile> {
  const query = { format: 'xlsx' as const, projectId, lang, [PERIOD_PARAMS[kind]]: period };
  const { data, response } = await unwrap(api.GET(EXPORTS[kind], { params: { query }, parseAs: 'blob' }));
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `${kind}-${period}.xlsx` };
}
