import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
import { surveyTemplatesQueryKey, type SurveyTemplate } from '@/features/surveys/api/list-survey-templates';

/** A template with the ETag of its read: the template's body carries no row version to send back. */
export type VersionedTemplate = { template: SurveyTemplate; etag: string | undefined };

/** GET /api/v1/survey-templates/{templateId}. */
export async function getSurveyTemplate(templateId: string, signal?: AbortSignal): Promise<VersionedTemplate> {
  const { data, response } = await unwrap(api.GET('/api/v1/survey-templates/{templateId}', { params: { path: { templateId } }, signal }));
  return { template: data, etag: etagOf(response) };
}

export function surveyTemplateQueryKey(templateId: string) {
  return [...surveyTemplatesQueryKey, 'detail', templateId] as const;
}

export function surveyTemplateQueryOptions(templateId: string) {
  return queryOptions({
    queryKey: surveyTemplateQueryKey(templateId),
    queryFn: ({ signal }) => getSurveyTemplate(templateId, signal),
    // The editor starts from what is stored now, never from a cached copy.
    staleTime: 0,
    meta: { silent: true },
  });
}

export function useSurveyTemplate(templateId: string | undefined) {
  return useQuery({ ...surveyTemplateQueryOptions(templateId ?? ''), enabled: templateId !== undefined });
}
