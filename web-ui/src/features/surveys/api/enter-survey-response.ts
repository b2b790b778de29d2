import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';

export type SurveyStaffResponse = Schemas['SurveyStaffResponse'];
export type SurveyResponseReceipt = Schemas['SurveyResponseReceipt'];

/** POST /api/v1/survey-campaigns/{campaignId}/responses — a paper or phone answer typed in by staff (ADMIN, MANAGER, AGENT). */
export async function enterSurveyResponse(campaignId: string, body: SurveyStaffResponse): Promise<SurveyResponseReceipt> {
  const { data } = await unwrap(api.POST('/api/v1/survey-campaigns/{campaignId}/responses', { params: { path: { campaignId } }, body }));
  return data;
}

export function useEnterSurveyResponse(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyStaffResponse) => enterSurveyResponse(campaignId, body),
    // The form marks the questions a 400 names and says when the unit has answered already (409).
    meta: { handledStatuses: [400, 409] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyCampaignQueryKey(campaignId) }),
  });
}
