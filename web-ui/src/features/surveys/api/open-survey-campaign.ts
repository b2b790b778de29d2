import { api, unwrap } from '@/lib/api/client';
import { useCampaignActionMutation } from '@/features/surveys/api/campaign-action-mutation';
import type { SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';

/** POST /api/v1/survey-campaigns/{campaignId}/open — DRAFT → OPEN (ADMIN, MANAGER). */
export async function openSurveyCampaign(campaignId: string): Promise<SurveyCampaign> {
  const { data } = await unwrap(api.POST('/api/v1/survey-campaigns/{campaignId}/open', { params: { path: { campaignId } } }));
  return data;
}

export function useOpenSurveyCampaign(campaignId: string) {
  return useCampaignActionMutation(campaignId, () => openSurveyCampaign(campaignId));
}
