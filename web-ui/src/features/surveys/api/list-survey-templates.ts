import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type SurveyTemplate = Schemas['SurveyTemplate'];
export type SurveyTemplateInput = Schemas['SurveyTemplateInput'];
export type SurveyQuestion = Schemas['SurveyQuestion'];
export type SurveyQuestionType = Schemas['SurveyQuestionType'];
export type SurveyDimension = Schemas['SurveyDimension'];

/** GET /api/v1/survey-templates — newest first; the first 200 are all a company keeps. */
export async function listSurveyTemplates(signal?: AbortSignal): Promise<SurveyTemplate[]> {
  const { data } = await unwrap(api.GET('/api/v1/survey-templates', { params: { query: { limit: 200 } }, signal }));
  return data.items;
}

export const surveyTemplatesQueryKey = ['survey-templates'] as const;

export function surveyTemplatesQueryOptions() {
  return queryOptions({
    queryKey: [...surveyTemplatesQueryKey, 'list'],
    queryFn: ({ signal }) => listSurveyTemplates(signal),
  });
}

export function useSurveyTemplates(enabled = true) {
  return useQuery({ ...surveyTemplatesQueryOptions(), enabled });
}
