import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { surveyCampaignQueryKey } from '@/features/surveys/api/get-survey-campaign';
import type { SurveyDimension } from '@/features/surveys/api/list-survey-templates';

export type SurveyComment = Schemas['SurveyComment'];
export type SurveyCommentPage = Schemas['SurveyCommentPage'];

export type SurveyCommentFilters = {
  dimension?: SurveyDimension | undefined;
  buildingId?: string | undefined;
  tag?: string | undefined;
  hasWorkOrder?: boolean | undefined;
};

const PAGE_SIZE = 50;

/** GET /api/v1/survey-campaigns/{campaignId}/comments — the opinion library, newest first. */
export async function listSurveyComments(
  campaignId: string,
  filters: SurveyCommentFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<SurveyCommentPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/survey-campaigns/{campaignId}/comments', {
      params: {
        path: { campaignId },
        query: {
          limit: PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
          ...(filters.dimension ? { dimension: filters.dimension } : {}),
          ...(filters.buildingId ? { buildingId: filters.buildingId } : {}),
          ...(filters.tag ? { tag: filters.tag } : {}),
          ...(filters.hasWorkOrder !== undefined ? { hasWorkOrder: filters.hasWorkOrder } : {}),
        },
      },
      signal,
    }),
  );
  return data;
}

export function surveyCommentsQueryKey(campaignId: string) {
  return [...surveyCampaignQueryKey(campaignId), 'comments'] as const;
}

export function surveyCommentsQueryOptions(campaignId: string, filters: SurveyCommentFilters) {
  return infiniteQueryOptions({
    queryKey: [...surveyCommentsQueryKey(campaignId), filters],
    queryFn: ({ pageParam, signal }) => listSurveyComments(campaignId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSurveyComments(campaignId: string, filters: SurveyCommentFilters) {
  return useInfiniteQuery(surveyCommentsQueryOptions(campaignId, filters));
}
