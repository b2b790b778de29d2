import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { inspectionsQueryKey } from '@/features/inspections/api/keys';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fileNameOf, type ReportFile, type ReportLanguage } from '@/lib/download';

export type MonthlyBrief = Schemas['MonthlyInspectionBrief'];
export type MonthlyBriefProject = Schemas['MonthlyBriefProject'];
export type MonthlyBriefDeduction = Schemas['MonthlyBriefDeduction'];

/** The brief of a month (`YYYY-MM`) over the caller's projects, or one. */
export type MonthlyBriefQuery = { month: string; projectId?: string | undefined };

function query({ month, projectId }: MonthlyBriefQuery) {
  return { month, ...(projectId ? { projectId } : {}) };
}

/** GET /api/v1/inspection-reports/monthly — the monthly brief (月度简报). */
export async function getMonthlyBrief(q: MonthlyBriefQuery, signal?: AbortSignal): Promise<MonthlyBrief> {
  return (await unwrap(api.GET('/api/v1/inspection-reports/monthly', { params: { query: query(q) }, signal }))).data;
}

export function monthlyBriefQueryOptions(q: MonthlyBriefQuery) {
  return queryOptions({
    queryKey: [...inspectionsQueryKey, 'monthly-brief', q.month, q.projectId ?? 'all'],
    queryFn: ({ signal }) => getMonthlyBrief(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMonthlyBrief(q: MonthlyBriefQuery) {
  return useQuery(monthlyBriefQueryOptions(q));
}

/** GET /api/v1/inspection-reports/monthly/export?format=xlsx — the same brief as a spreadsheet. */
export async function exportMonthlyBrief(q: MonthlyBriefQuery, lang: ReportLanguage): Promise<ReportFile> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/inspection-reports/monthly/export', { params: { query: { format: 'xlsx', lang, ...query(q) } }, parseAs: 'blob' }),
  );
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `monthly-brief-${q.month}.xlsx` };
}
