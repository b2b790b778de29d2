import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';

export type SurveyResults = Schemas['SurveyResults'];
export type SurveyDimensionIndex = Schemas['SurveyDimensionIndex'];
export type SurveyQuestionResult = Schemas['SurveyQuestionResult'];
export type SurveyBuildingResult = Schemas['SurveyBuildingResult'];
export type SurveyPreviousCampaign = Schemas['SurveyPreviousCampaign'];

/** GET /api/v1/survey-campaigns/{campaignId}/results. */
export async function getSurveyResults(campaignId: string, signal?: AbortSignal): Promise<SurveyResults> {
  const { data } = await unwrap(api.GET('/api/v1/survey-campaigns/{campaignId}/results', { params: { path: { campaignId } }, signal }));
  return data;
}

export function surveyResultsQueryOptions(campaignId: string) {
  return queryOptions({
    queryKey: [...surveyCampaignQueryKey(campaignId), 'results'],
    queryFn: ({ signal }) => getSurveyResults(campaignId, signal),
    meta: { silent: true },
  });
}

export function useSurveyResults(campaignId: string) {
  return useQuery(surveyResultsQueryOptions(campaignId));
}
