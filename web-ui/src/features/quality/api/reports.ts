import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { qualityQueryKey } from '@/features/quality/api/get-quality-overview';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fileNameOf, type ReportFile, type ReportLanguage } from '@/lib/download';

export type ComplaintWeeklyReport = Schemas['ComplaintWeeklyReport'];
export type ReturnVisitMonthlyReport = Schemas['ReturnVisitMonthlyReport'];
export type QuarterlyQualityReport = Schemas['QuarterlyQualityReport'];
export type ReportComplaint = Schemas['ReportComplaint'];
export type ReturnVisitFigures = Schemas['ReturnVisitFigures'];

export type ReportKind = 'weekly' | 'monthly' | 'quarterly';

type Reports = { weekly: ComplaintWeeklyReport; monthly: ReturnVisitMonthlyReport; quarterly: QuarterlyQualityReport };

const PATHS = {
  weekly: '/api/v1/quality/reports/complaints-weekly',
  monthly: '/api/v1/quality/reports/return-visits-monthly',
  quarterly: '/api/v1/quality/reports/quarterly',
} as const;

const PERIOD_PARAMS = { weekly: 'week', monthly: 'month', quarterly: 'quarter' } as const;

/**
 * GET /api/v1/quality/reports/… — 投诉周报 (a week `YYYY-Www`), 回访月报 (a month `YYYY-MM`) or 季度统计分析 (a quarter
 * `YYYY-Qn`) of one project; nothing is asked while `projectId` is undefined.
 */
export function useQualityReport<K extends ReportKind>(kind: K, projectId: string | undefined, period: string) {
  return useQuery(
    queryOptions({
      queryKey: [...qualityQueryKey, 'reports', kind, projectId, period],
      queryFn: async ({ signal }) => {
        const path: (typeof PATHS)[ReportKind] = PATHS[kind];
        const query = { projectId: projectId ?? '', [PERIOD_PARAMS[kind]]: period };
        return (await unwrap(api.GET(path, { params: { query }, signal }))).data as Reports[K];
      },
      placeholderData: keepPreviousData,
      enabled: projectId !== undefined,
    }),
  );
}

const EXPORTS = {
  weekly: '/api/v1/quality/reports/complaints-weekly/export',
  monthly: '/api/v1/quality/reports/return-visits-monthly/export',
  quarterly: '/api/v1/quality/reports/quarterly/export',
} as const;

/** The report as XLSX (…/export?format=xlsx) in the UI's language. */
export async function exportReport(kind: ReportKind, projectId: string, period: string, lang: ReportLanguage): Promise<ReportFile> {
  const query = { format: 'xlsx' as const, projectId, lang, [PERIOD_PARAMS[kind]]: period };
  const { data, response } = await unwrap(api.GET(EXPORTS[kind], { params: { query }, parseAs: 'blob' }));
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `${kind}-${period}.xlsx` };
}
