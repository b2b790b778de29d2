import { queryOptions, useQuery } from '@tanstack/react-query';
import { publicApi } from '@/features/public-survey/api/public-client';
import { unwrap, type Schemas } from '@/lib/api/client';
import { isApiError, NetworkError } from '@/lib/problem';

export type PublicSurvey = Schemas['PublicSurvey'];

/** GET /api/v1/public/surveys/{token} — the questionnaire behind a link (no login). */
export async function getPublicSurvey(token: string, signal?: AbortSignal): Promise<PublicSurvey> {
  const { data } = await unwrap(publicApi.GET('/api/v1/public/surveys/{token}', { params: { path: { token } }, signal }));
  return data;
}

/** One quiet retry of a dropped connection or a server hiccup; never of an answer about the link (404, 409, 410, 429). */
function retryOnce(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  return error instanceof NetworkError || (isApiError(error) && error.status >= 500);
}

export function publicSurveyQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['public-survey', token],
    queryFn: ({ signal }) => getPublicSurvey(token, signal),
    retry: retryOnce,
    // Read once: asking again after the answer went in would only say "already answered".
    staleTime: Infinity,
    refetchOnReconnect: false,
    refetchOnWindowFocus: false,
    // The page shows every failure itself, as a state of the page.
    meta: { silent: true },
  });
}

export function usePublicSurvey(token: string, enabled: boolean) {
  return useQuery({ ...publicSurveyQueryOptions(token), enabled });
}
