import { useMutation } from '@tanstack/react-query';
import { publicApi } from '@/features/public-survey/api/public-client';
import { unwrap, type Schemas } from '@/lib/api/client';

export type SurveyAnswers = Schemas['SurveyAnswers'];
export type SurveyResponseReceipt = Schemas['SurveyResponseReceipt'];

/** POST /api/v1/public/surveys/{token}/responses — the resident's one answer (no login). */
export async function submitPublicSurveyResponse(token: string, body: SurveyAnswers): Promise<SurveyResponseReceipt> {
  const { data } = await unwrap(publicApi.POST('/api/v1/public/surveys/{token}/responses', { params: { path: { token } }, body }));
  return data;
}

export function useSubmitPublicSurveyResponse(token: string) {
  return useMutation({
    mutationFn: (body: SurveyAnswers) => submitPublicSurveyResponse(token, body),
    // Never resent behind the resident's back; the page says what happened and keeps the answers.
    retry: false,
    meta: { silent: true },
  });
}
