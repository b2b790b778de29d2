import { useMutation, useQueryClient } from '@tanstack/react-query';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';
import { surveyCampaignsQueryKey, type SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';
import { storeAnswer } from '@/lib/query-cache';

/**
 * Open and close: the answer replaces the campaign and the lists reload. A 409 (someone else moved
 * it first) is shown by the error policy, and the campaign reloads to show where it stands.
 */
export function useCampaignActionMutation(campaignId: string, fn: () => Promise<SurveyCampaign>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: surveyCampaignQueryKey(campaignId) }),
      queryClient.invalidateQueries({ queryKey: [...surveyCampaignsQueryKey, 'pages'] }),
    ]);
  return useMutation({
    mutationFn: fn,
    onSuccess: async (campaign) => {
      await storeAnswer(queryClient, surveyCampaignQueryKey(campaignId), campaign);
      await refresh();
    },
    onError: async () => {
      await refresh();
    },
  });
}
