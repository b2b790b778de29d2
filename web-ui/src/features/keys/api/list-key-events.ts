import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { allPages, WHOLE_LIST_PAGE } from '@/lib/pages';
import { keyQueryKey } from '@/features/keys/api/get-key';

export type KeyEvent = Schemas['KeyEvent'];
export type KeyEventType = Schemas['KeyEventType'];

/** GET /api/v1/keys/{keyId}/events — the custody history, oldest first, with the hash chain. */
export async function listKeyEvents(keyId: string, signal?: AbortSignal): Promise<KeyEvent[]> {
  return allPages(async (cursor) => {
    const { data } = await unwrap(
      api.GET('/api/v1/keys/{keyId}/events', { params: { path: { keyId }, query: { limit: WHOLE_LIST_PAGE, cursor } }, signal }),
    );
    return data;
  });
}

export function keyEventsQueryOptions(keyId: string) {
  return queryOptions({
    queryKey: [...keyQueryKey(keyId), 'events'],
    queryFn: ({ signal }) => listKeyEvents(keyId, signal),
    staleTime: 0,
  });
}

export function useKeyEvents(keyId: string) {
  return useQuery(keyEventsQueryOptions(keyId));
}
