import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { surveyCampaignsQueryKey, type SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';

/** GET /api/v1/survey-campaigns/{campaignId} — with its progress and its template version's questions. */
export async function getSurveyCampaign(campaignId: string, signal?: AbortSignal): Promise<SurveyCampaign> {
  const { data } = await unwrap(api.GET('/api/v1/survey-campaigns/{campaignId}', { params: { path: { campaignId } }, signal }));
  return data;
}

export function surveyCampaignQueryKey(campaignId: string) {
  return [...surveyCampaignsQueryKey, 'detail', campaignId] as const;
}

export function surveyCampaignQueryOptions(campaignId: string) {
  return queryOptions({
    queryKey: surveyCampaignQueryKey(campaignId),
    queryFn: ({ signal }) => getSurveyCampaign(campaignId, signal),
    staleTime: 0,
    meta: { silent: true },
  });
}

export function useSurveyCampaign(campaignId: string) {
  return useQuery(surveyCampaignQueryOptions(campaignId));
}
