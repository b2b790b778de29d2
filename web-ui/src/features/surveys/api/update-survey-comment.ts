import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { replaceCachedComment } from '@/features/surveys/api/comment-cache';
import { surveyCommentsQueryKey, type SurveyComment } from '@/features/surveys/api/list-survey-comments';

/** The comment's row version as an ETag: the library's list carries no ETags, each item its version. */
export function commentETag(comment: SurveyComment): string {
  return `"${String(comment.version)}"`;
}

/** PATCH /api/v1/survey-comments/{commentId} — replaces the tags, with If-Match (ADMIN, MANAGER, AGENT). */
export async function updateSurveyComment(comment: SurveyComment, tags: string[]): Promise<SurveyComment> {
  const { data } = await unwrap(
    api.PATCH('/api/v1/survey-comments/{commentId}', {
      params: { path: { commentId: comment.id }, header: { 'If-Match': commentETag(comment) } },
      body: { tags },
    }),
  );
  return data;
}

export function useUpdateSurveyComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ comment, tags }: { comment: SurveyComment; tags: string[] }) => updateSurveyComment(comment, tags),
    onSuccess: (comment) => replaceCachedComment(queryClient, comment),
    // Someone else tagged it first (412): show theirs, so the user can tag again on top.
    onError: (_error, { comment }) => queryClient.invalidateQueries({ queryKey: surveyCommentsQueryKey(comment.campaignId) }),
  });
}
