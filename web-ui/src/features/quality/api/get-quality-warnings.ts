import { queryOptions, useQuery } from '@tanstack/react-query';
import { qualityQueryKey } from '@/features/quality/api/get-quality-overview';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type QualityWarning = Schemas['QualityWarning'];

/** GET /api/v1/quality/warnings — early warnings (预警) of one project, most severe first. */
export async function getQualityWarnings(projectId: string, signal?: AbortSignal): Promise<Schemas['QualityWarnings']> {
  const { data } = await unwrap(api.GET('/api/v1/quality/warnings', { params: { query: { projectId } }, signal }));
  return data;
}

export function qualityWarningsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: [...qualityQueryKey, 'warnings', projectId],
    queryFn: ({ signal }) => getQualityWarnings(projectId, signal),
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
}

export function useQualityWarnings(projectId: string | undefined) {
  return useQuery({ ...qualityWarningsQueryOptions(projectId ?? ''), enabled: projectId !== undefined });
}
