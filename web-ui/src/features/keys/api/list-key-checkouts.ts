import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';
import { keysQueryKey } from '@/features/keys/api/list-keys';

const MAX_PAGE_SIZE = 200;

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
