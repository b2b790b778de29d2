import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';
import { surveyCampaignsQueryKey } from '@/features/surveys/api/list-survey-campaigns';

export type SurveyInvitationLink = Schemas['SurveyInvitationLink'];
export type SurveyInvitationLinks = Schemas['SurveyInvitationLinks'];
export type SurveyInvitationRequest = Schemas['SurveyInvitationRequest'];

/**
 * POST /api/v1/survey-campaigns/{campaignId}/invitations (ADMIN, MANAGER): a link for every unit of the chosen
 * buildings (all when none) without one; with `replace` the unanswered units' links are revoked and made anew.
 * The answer (with its counts) is the only time the tokens can be seen: they are stored hashed.
 */
export async function createSurveyInvitations(campaignId: string, request: SurveyInvitationRequest): Promise<SurveyInvitationLinks> {
  const { data } = await unwrap(api.POST('/api/v1/survey-campaigns/{campaignId}/invitations', { params: { path: { campaignId } }, body: request }));
  return data;
}

export function useCreateSurveyInvitations(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SurveyInvitationRequest) => createSurveyInvitations(campaignId, request),
    // The counts and the per-building progress change (the progress is under the campaign's key).
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: surveyCampaignQueryKey(campaignId) }),
        queryClient.invalidateQueries({ queryKey: [...surveyCampaignsQueryKey, 'pages'] }),
      ]),
  });
}
