import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';
import { surveyCampaignsQueryKey, type SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';

export type SurveyCampaignCreate = Schemas['SurveyCampaignCreate'];

/** POST /api/v1/survey-campaigns (ADMIN, MANAGER): a DRAFT on the template's current version. */
export async function createSurveyCampaign(body: SurveyCampaignCreate): Promise<SurveyCampaign> {
  const { data } = await unwrap(api.POST('/api/v1/survey-campaigns', { body }));
  return data;
}

export function useCreateSurveyCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSurveyCampaign,
    meta: { handledStatuses: [400, 409] },
    onSuccess: (campaign) => {
      queryClient.setQueryData(surveyCampaignQueryKey(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: [...surveyCampaignsQueryKey, 'pages'] });
    },
  });
}
