import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';
import { keysQueryKey } from '@/features/keys/api/list-keys';

const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

export type KeyCheckoutPage = Schemas['KeyCheckoutPage'];

/**
 * The checkout list's filters (the list and its export): open / overdue now, or — the quality picture's keysOverdue —
 * late (returned after the due time or still out past it) among those checked out in a period (instants), of a building
 * or of keys to no unit.
 */
export type KeyCheckoutFilters = {
  projectId: string;
  open?: boolean | undefined;
  overdue?: boolean | undefined;
  late?: boolean | undefined;
  checkedOutFrom?: string | undefined;
  checkedOutTo?: string | undefined;
  buildingId?: string | undefined;
  withoutUnit?: boolean | undefined;
};

/** The filters as query parameters, leaving out those not set. */
export function checkoutQuery(filters: KeyCheckoutFilters) {
  return {
    projectId: filters.projectId,
    ...(filters.open !== undefined ? { open: filters.open } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.late !== undefined ? { late: filters.late } : {}),
    ...(filters.checkedOutFrom ? { checkedOutFrom: filters.checkedOutFrom } : {}),
    ...(filters.checkedOutTo ? { checkedOutTo: filters.checkedOutTo } : {}),
    ...(filters.buildingId ? { buildingId: filters.buildingId } : {}),
    ...(filters.withoutUnit ? { withoutUnit: true } : {}),
  };
}

/** GET /api/v1/key-checkouts?projectId&open=true&overdue=true — keys out past their due time (one full page). */
export async function listOverdueCheckouts(projectId: string, signal?: AbortSignal): Promise<{ items: KeyCheckout[]; more: boolean }> {
  const { data } = await unwrap(
    api.GET('/api/v1/key-checkouts', { params: { query: { projectId, open: true, overdue: true, limit: MAX_PAGE_SIZE } }, signal }),
  );
  return { items: data.items, more: Boolean(data.nextCursor) };
}

export function overdueCheckoutsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: [...keysQueryKey, 'checkouts', 'overdue', projectId],
    queryFn: ({ signal }) => listOverdueCheckouts(projectId, signal),
    // The board shows its own error; the menu's count just stays away.
    meta: { silent: true },
  });
}

export function useOverdueCheckouts(projectId: string | undefined, { enabled = true, refetchInterval }: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery({
    ...overdueCheckoutsQueryOptions(projectId ?? ''),
    enabled: enabled && projectId !== undefined,
    ...(refetchInterval ? { refetchInterval } : {}),
  });
}

/** GET /api/v1/key-checkouts?… — checkouts matching the filters, newest first, one page. */
export async function listKeyCheckouts(filters: KeyCheckoutFilters, cursor: string | undefined, signal?: AbortSignal): Promise<KeyCheckoutPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/key-checkouts', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}), ...checkoutQuery(filters) } }, signal }),
  );
  return data;
}

/** The checkouts matching the filters, 50 at a time ("load more"); under the keys' key, so custody events reload them. */
export function useKeyCheckouts(filters: KeyCheckoutFilters, enabled = true) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: [...keysQueryKey, 'checkouts', 'pages', filters],
      queryFn: ({ pageParam, signal }) => listKeyCheckouts(filters, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
    enabled,
  });
}
