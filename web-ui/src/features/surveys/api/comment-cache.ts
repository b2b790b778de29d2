import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { surveyCommentsQueryKey, type SurveyComment, type SurveyCommentPage } from '@/features/surveys/api/list-survey-comments';

/** Puts a changed comment into every loaded page of the campaign's library, so the row updates in place. */
export function replaceCachedComment(queryClient: QueryClient, comment: SurveyComment): void {
  queryClient.setQueriesData<InfiniteData<SurveyCommentPage>>({ queryKey: surveyCommentsQueryKey(comment.campaignId) }, (data) =>
    data
      ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === comment.id ? comment : item)) })) }
      : data,
  );
}
