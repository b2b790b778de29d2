import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { replaceCachedComment } from '@/features/surveys/api/comment-cache';
import type { SurveyComment } from '@/features/surveys/api/list-survey-comments';

export type SurveyCommentWorkOrder = Schemas['SurveyCommentWorkOrder'];

/** POST /api/v1/survey-comments/{commentId}/work-order — a COMPLAINT or RECTIFICATION order, linked both ways (ADMIN, MANAGER, AGENT). */
export async function createWorkOrderFromComment(commentId: string, body: SurveyCommentWorkOrder): Promise<SurveyComment> {
  const { data } = await unwrap(api.POST('/api/v1/survey-comments/{commentId}/work-order', { params: { path: { commentId } }, body }));
  return data;
}

export function useCreateWorkOrderFromComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: SurveyCommentWorkOrder }) => createWorkOrderFromComment(commentId, body),
    // The dialog puts 400s on its fields; a 409 (the comment has an order already) is told by the error policy.
    meta: { handledStatuses: [400] },
    onSuccess: (comment) => replaceCachedComment(queryClient, comment),
  });
}
