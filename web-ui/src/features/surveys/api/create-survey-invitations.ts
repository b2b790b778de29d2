import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';
import { surveyCampaignsQueryKey } from '@/features/surveys/api/list-survey-campaigns';

export type SurveyInvitationLink = Schemas['SurveyInvitationLink'];

/**
 * POST /api/v1/survey-campaigns/{campaignId}/invitations (ADMIN, MANAGER): a link for every audience
 * unit without one, or with `reissue` new links for every unanswered unit (the old ones stop working).
 * The answer is the only time the tokens can be seen: they are stored hashed.
 */
export async function createSurveyInvitations(campaignId: string, reissue: boolean): Promise<SurveyInvitationLink[]> {
  const { data } = await unwrap(
    api.POST('/api/v1/survey-campaigns/{campaignId}/invitations', {
      params: { path: { campaignId }, query: reissue ? { reissue: true } : {} },
    }),
  );
  return data.items;
}

export function useCreateSurveyInvitations(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reissue }: { reissue: boolean }) => createSurveyInvitations(campaignId, reissue),
    // The counts and the per-building progress change.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: surveyCampaignQueryKey(campaignId) }),
        queryClient.invalidateQueries({ queryKey: [...surveyCampaignsQueryKey, 'pages'] }),
      ]),
  });
}
