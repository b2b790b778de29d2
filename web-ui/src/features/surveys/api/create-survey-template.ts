import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
import { surveyTemplateQueryKey, type VersionedTemplate } from '@/features/surveys/api/get-survey-template';
import { surveyTemplatesQueryKey, type SurveyTemplateInput } from '@/features/surveys/api/list-survey-templates';

/** POST /api/v1/survey-templates (ADMIN, MANAGER): version 1 of a new template. */
export async function createSurveyTemplate(body: SurveyTemplateInput): Promise<VersionedTemplate> {
  const { data, response } = await unwrap(api.POST('/api/v1/survey-templates', { body }));
  return { template: data, etag: etagOf(response) };
}

export function useCreateSurveyTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSurveyTemplate,
    // The editor puts 400s on its fields.
    meta: { handledStatuses: [400] },
    onSuccess: (saved) => {
      queryClient.setQueryData(surveyTemplateQueryKey(saved.template.id), saved);
      return queryClient.invalidateQueries({ queryKey: [...surveyTemplatesQueryKey, 'list'] });
    },
  });
}
