import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Building = Schemas['Building'];
export type BuildingPage = Schemas['BuildingPage'];

/** GET /api/v1/projects/{projectId}/buildings — ordered by code, one page. */
export async function listBuildings(
  projectId: string,
  params: { cursor?: string | undefined; limit: number },
  signal?: AbortSignal,
): Promise<BuildingPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/buildings', {
      params: {
        path: { projectId },
        query: { limit: params.limit, ...(params.cursor ? { cursor: params.cursor } : {}) },
      },
      signal,
    }),
  );
  return data;
}

export function buildingsQueryKey(projectId: string) {
  return ['projects', projectId, 'buildings'] as const;
}

/** The buildings table: 50 at a time, "load more". */
export function buildingsQueryOptions(projectId: string) {
  return infiniteQueryOptions({
    queryKey: [...buildingsQueryKey(projectId), 'pages'],
    queryFn: ({ pageParam, signal }) => listBuildings(projectId, { cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useBuildings(projectId: string) {
  return useInfiniteQuery(buildingsQueryOptions(projectId));
}

/** The first 200 buildings, for pickers (a filter select, a form's building field). */
export function buildingChoicesQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: [...buildingsQueryKey(projectId), 'choices'],
    queryFn: ({ signal }) => listBuildings(projectId, { limit: 200 }, signal),
    select: (page) => page.items,
  });
}

export function useBuildingChoices(projectId: string) {
  return useQuery(buildingChoicesQueryOptions(projectId));
}
