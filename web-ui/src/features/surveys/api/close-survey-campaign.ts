import { api, unwrap } from '@/lib/api/client';
import { useCampaignActionMutation } from '@/features/surveys/api/campaign-action-mutation';
import type { SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';

/** POST /api/v1/survey-campaigns/{campaignId}/close — OPEN → CLOSED; links answer 410 from now on (ADMIN, MANAGER). */
export async function closeSurveyCampaign(campaignId: string): Promise<SurveyCampaign> {
  const { data } = await unwrap(api.POST('/api/v1/survey-campaigns/{campaignId}/close', { params: { path: { campaignId } } }));
  return data;
}

export function useCloseSurveyCampaign(campaignId: string) {
  return useCampaignActionMutation(campaignId, () => closeSurveyCampaign(campaignId));
}
