import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type SurveyCampaign = Schemas['SurveyCampaign'];
export type SurveyCampaignPage = Schemas['SurveyCampaignPage'];
export type SurveyCampaignStatus = Schemas['SurveyCampaignStatus'];

export type SurveyCampaignFilters = { projectId?: string | undefined; status?: SurveyCampaignStatus | undefined };

const PAGE_SIZE = 50;

/** GET /api/v1/survey-campaigns — newest first, one page. */
export async function listSurveyCampaigns(filters: SurveyCampaignFilters, cursor: string | undefined, signal?: AbortSignal): Promise<SurveyCampaignPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/survey-campaigns', {
      params: {
        query: {
          limit: PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
          ...(filters.projectId ? { projectId: filters.projectId } : {}),
          ...(filters.status ? { status: filters.status } : {}),
        },
      },
      signal,
    }),
  );
  return data;
}

export const surveyCampaignsQueryKey = ['survey-campaigns'] as const;

export function surveyCampaignsQueryOptions(filters: SurveyCampaignFilters) {
  return infiniteQueryOptions({
    queryKey: [...surveyCampaignsQueryKey, 'pages', filters],
    queryFn: ({ pageParam, signal }) => listSurveyCampaigns(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSurveyCampaigns(filters: SurveyCampaignFilters, enabled = true) {
  return useInfiniteQuery({ ...surveyCampaignsQueryOptions(filters), enabled });
}
