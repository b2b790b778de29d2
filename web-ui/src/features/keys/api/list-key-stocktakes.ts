import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { keysQueryKey } from '@/features/keys/api/list-keys';

export type KeyStocktakeSummary = Schemas['KeyStocktakeSummary'];
export type KeyStocktakeTally = Schemas['KeyStocktakeTally'];

/** GET /api/v1/key-stocktakes?projectId — newest first. */
export async function listKeyStocktakes(projectId: string, cursor: string | undefined, signal?: AbortSignal): Promise<Schemas['KeyStocktakePage']> {
  const { data } = await unwrap(
    api.GET('/api/v1/key-stocktakes', { params: { query: { projectId, limit: 20, ...(cursor ? { cursor } : {}) } }, signal }),
  );
  return data;
}

export const keyStocktakesQueryKey = [...keysQueryKey, 'stocktakes'] as const;

export function keyStocktakesQueryOptions(projectId: string) {
  return infiniteQueryOptions({
    queryKey: [...keyStocktakesQueryKey, 'pages', projectId],
    queryFn: ({ pageParam, signal }) => listKeyStocktakes(projectId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useKeyStocktakes(projectId: string | undefined) {
  return useInfiniteQuery({ ...keyStocktakesQueryOptions(projectId ?? ''), enabled: projectId !== undefined });
}
