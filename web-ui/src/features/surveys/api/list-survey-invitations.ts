import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';

export type SurveyInvitationProgress = Schemas['SurveyInvitationProgress'];
export type SurveyBuildingProgress = Schemas['SurveyBuildingProgress'];
export type SurveyInvitationStatus = Schemas['SurveyInvitationStatus'];

/**
 * GET /api/v1/survey-campaigns/{campaignId}/invitations — invited and answered, per building and unit (no tokens). The
 * screens show every unit of the audience (per building, the units still waiting, the links to make), so this reads
 * every page of units (200 at a time) into one answer.
 */
export async function listSurveyInvitations(campaignId: string, signal?: AbortSignal): Promise<SurveyInvitationProgress> {
  let cursor: string | undefined;
  let first: SurveyInvitationProgress | undefined;
  const units: SurveyInvitationStatus[] = [];
  do {
    const { data } = await unwrap(
      api.GET('/api/v1/survey-campaigns/{campaignId}/invitations', {
        params: { path: { campaignId }, query: { limit: 200, ...(cursor ? { cursor } : {}) } },
        signal,
      }),
    );
    first ??= data;
    units.push(...data.units);
    cursor = data.nextCursor;
  } while (cursor);
  return { buildings: first.buildings, units };
}

export function surveyInvitationsQueryKey(campaignId: string) {
  return [...surveyCampaignQueryKey(campaignId), 'invitations'] as const;
}

export function surveyInvitationsQueryOptions(campaignId: string) {
  return queryOptions({
    queryKey: surveyInvitationsQueryKey(campaignId),
    queryFn: ({ signal }) => listSurveyInvitations(campaignId, signal),
  });
}

export function useSurveyInvitations(campaignId: string, enabled = true) {
  return useQuery({ ...surveyInvitationsQueryOptions(campaignId), enabled });
}
