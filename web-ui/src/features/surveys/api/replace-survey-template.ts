import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
import { surveyTemplateQueryKey, type VersionedTemplate } from '@/features/surveys/api/get-survey-template';
import { surveyTemplatesQueryKey, type SurveyTemplateInput } from '@/features/surveys/api/list-survey-templates';
import { storeAnswer } from '@/lib/query-cache';

/**
 * PUT /api/v1/survey-templates/{templateId} with If-Match (ADMIN, MANAGER). When a campaign uses the
 * current version the API starts a new one; the answer carries the version now current.
 */
export async function replaceSurveyTemplate(templateId: string, body: SurveyTemplateInput, ifMatch: string): Promise<VersionedTemplate> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/survey-templates/{templateId}', { params: { path: { templateId }, header: { 'If-Match': ifMatch } }, body }),
  );
  return { template: data, etag: etagOf(response) };
}

export function useReplaceSurveyTemplate(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, ifMatch }: { body: SurveyTemplateInput; ifMatch: string }) => replaceSurveyTemplate(templateId, body, ifMatch),
    // Field errors (400) and "someone else changed it" (409, 412, 428) are shown by the editor.
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: async (saved) => {
      await storeAnswer(queryClient, surveyTemplateQueryKey(templateId), saved);
      return queryClient.invalidateQueries({ queryKey: [...surveyTemplatesQueryKey, 'list'] });
    },
  });
}
