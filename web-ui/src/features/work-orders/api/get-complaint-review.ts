import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workOrdersQueryKey } from '@/features/work-orders/api/list-work-orders';

export type ComplaintReview = Schemas['ComplaintReview'];
export type ComplaintAgeBucket = Schemas['ComplaintAgeBucket'];
export type ComplaintReviewItem = Schemas['ComplaintReviewItem'];

/** GET /api/v1/work-orders/complaint-review?projectId — 投诉每日盘点: open complaints by age (403 for technicians). */
export async function getComplaintReview(projectId: string, signal?: AbortSignal): Promise<ComplaintReview> {
  const { data } = await unwrap(api.GET('/api/v1/work-orders/complaint-review', { params: { query: { projectId } }, signal }));
  return data;
}

export function complaintReviewQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: [...workOrdersQueryKey, 'complaint-review', projectId],
    queryFn: ({ signal }) => getComplaintReview(projectId, signal),
    // Ages move on: reload once a minute while the board is open.
    refetchInterval: 60_000,
    meta: { silent: true },
  });
}

export function useComplaintReview(projectId: string | undefined) {
  return useQuery({ ...complaintReviewQueryOptions(projectId ?? ''), enabled: projectId !== undefined });
}
