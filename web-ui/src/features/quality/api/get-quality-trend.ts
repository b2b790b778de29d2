import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { qualityQueryKey } from '@/features/quality/api/get-quality-overview';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type QualityTrend = Schemas['QualityTrend'];

/** GET /api/v1/quality/trend — one figure month by month (the project's months), the last `months`. */
export async function getQualityTrend(projectId: string, metric: string, months: number, signal?: AbortSignal): Promise<QualityTrend> {
  const { data } = await unwrap(api.GET('/api/v1/quality/trend', { params: { query: { projectId, metric, months } }, signal }));
  return data;
}

export function qualityTrendQueryOptions(projectId: string, metric: string, months = 12) {
  return queryOptions({
    queryKey: [...qualityQueryKey, 'trend', projectId, metric, months],
    queryFn: ({ signal }) => getQualityTrend(projectId, metric, months, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useQualityTrend(projectId: string | undefined, metric: string) {
  return useQuery({ ...qualityTrendQueryOptions(projectId ?? '', metric), enabled: projectId !== undefined });
}
