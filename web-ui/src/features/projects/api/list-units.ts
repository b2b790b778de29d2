import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Unit = Schemas['Unit'];
export type UnitPage = Schemas['UnitPage'];
export type UnitStatus = Schemas['UnitStatus'];

export type UnitFilters = {
  buildingId?: string | undefined;
  q?: string | undefined;
  status?: UnitStatus | undefined;
};

const PAGE_SIZE = 50;

/** GET /api/v1/projects/{projectId}/units — ordered by building and number, filtered, one page. */
export async function listUnits(
  projectId: string,
  filters: UnitFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<UnitPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/units', {
      params: {
        path: { projectId },
        query: {
          limit: PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
          ...(filters.buildingId ? { buildingId: filters.buildingId } : {}),
          ...(filters.q ? { q: filters.q } : {}),
          ...(filters.status ? { status: filters.status } : {}),
        },
      },
      signal,
    }),
  );
  return data;
}

export function unitsQueryKey(projectId: string) {
  return ['projects', projectId, 'units'] as const;
}

export function unitsQueryOptions(projectId: string, filters: UnitFilters) {
  return infiniteQueryOptions({
    queryKey: [...unitsQueryKey(projectId), 'pages', filters],
    queryFn: ({ pageParam, signal }) => listUnits(projectId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useUnits(projectId: string, filters: UnitFilters) {
  return useInfiniteQuery(unitsQueryOptions(projectId, filters));
}
