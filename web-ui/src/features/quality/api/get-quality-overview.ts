import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type QualityOverview = Schemas['QualityOverview'];
export type QualityGroup = Schemas['QualityGroup'];
export type QualityFigure = Schemas['QualityFigure'];
export type QualityDrillDown = Schemas['QualityDrillDown'];
export type GroupBy = NonNullable<QualityOverview['groupBy']>;

export const qualityQueryKey = ['quality'] as const;

/**
 * `projectIds` absent: all the caller's projects (the API's default). A portfolio asks that way: a hundred project ids
 * in the query string would pass the 4 KB request line the server accepts (414).
 */
export type OverviewQuery = { projectIds?: readonly string[]; from: string; to: string; groupBy: GroupBy };

/** GET /api/v1/quality/overview — every figure per group for [from, to), with targets, the previous period and drill-downs. */
export async function getQualityOverview(q: OverviewQuery, signal?: AbortSignal): Promise<QualityOverview> {
  const { data } = await unwrap(
    api.GET('/api/v1/quality/overview', { params: { query: { ...(q.projectIds ? { projectId: [...q.projectIds] } : {}), from: q.from, to: q.to, groupBy: q.groupBy } }, signal }),
  );
  return data;
}

export function qualityOverviewQueryOptions(q: OverviewQuery) {
  return queryOptions({
    queryKey: [...qualityQueryKey, 'overview', q],
    queryFn: ({ signal }) => getQualityOverview(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useQualityOverview(q: OverviewQuery | undefined) {
  return useQuery({ ...qualityOverviewQueryOptions(q ?? { projectIds: [], from: '', to: '', groupBy: 'project' }), enabled: q !== undefined && (q.projectIds === undefined || q.projectIds.length > 0) });
}
