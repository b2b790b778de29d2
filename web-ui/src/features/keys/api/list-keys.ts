import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Key = Schemas['Key'];
export type KeyPage = Schemas['KeyPage'];
export type KeyType = Schemas['KeyType'];
export type KeyStatus = Schemas['KeyStatus'];
export type KeyAction = Schemas['KeyAction'];

export type KeyFilters = {
  projectId?: string | undefined;
  type?: KeyType | undefined;
  status?: KeyStatus | undefined;
  cabinetId?: string | undefined;
  holderId?: string | undefined;
  overdue?: boolean | undefined;
  code?: string | undefined;
  q?: string | undefined;
  /** Reported lost in this period (instants, the end exclusive), whatever happened since: the quality picture's keysLost. */
  lostFrom?: string | undefined;
  lostTo?: string | undefined;
  /** Keys to units of this building, or (`withoutUnit`) keys to no unit: a figure's building or "none" group. */
  buildingId?: string | undefined;
  withoutUnit?: boolean | undefined;
};

const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

/** The list's filters as query parameters (the list and its export). */
export function keyQuery(filters: KeyFilters) {
  return {
    ...(filters.projectId ? { projectId: filters.projectId } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.cabinetId ? { cabinetId: filters.cabinetId } : {}),
    ...(filters.holderId ? { holderId: filters.holderId } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.code ? { code: filters.code } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.lostFrom ? { lostFrom: filters.lostFrom } : {}),
    ...(filters.lostTo ? { lostTo: filters.lostTo } : {}),
    ...(filters.buildingId ? { buildingId: filters.buildingId } : {}),
    ...(filters.withoutUnit ? { withoutUnit: true } : {}),
  };
}

/** GET /api/v1/keys — the ledger by code, filtered, one page. */
export async function listKeys(filters: KeyFilters, cursor: string | undefined, signal?: AbortSignal, limit: number = PAGE_SIZE): Promise<KeyPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/keys', {
      params: { query: { limit, ...(cursor ? { cursor } : {}), ...keyQuery(filters) } },
      signal,
    }),
  );
  return data;
}

/** Every query about keys starts with this, so that one invalidation reloads them all. */
export const keysQueryKey = ['keys'] as const;

export function keysQueryOptions(filters: KeyFilters) {
  return infiniteQueryOptions({
    queryKey: [...keysQueryKey, 'pages', filters],
    queryFn: ({ pageParam, signal }) => listKeys(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useKeys(filters: KeyFilters, enabled = true) {
  return useInfiniteQuery({ ...keysQueryOptions(filters), enabled });
}

/** Every key matching the filters, page after page (a label sheet for a cabinet or a selection). */
export async function listAllKeys(filters: KeyFilters, signal?: AbortSignal): Promise<Key[]> {
  const keys: Key[] = [];
  let cursor: string | undefined;
  do {
    const page = await listKeys(filters, cursor, signal, MAX_PAGE_SIZE);
    keys.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return keys;
}

export function allKeysQueryOptions(filters: KeyFilters) {
  return queryOptions({
    queryKey: [...keysQueryKey, 'all', filters],
    queryFn: ({ signal }) => listAllKeys(filters, signal),
  });
}

export function useAllKeys(filters: KeyFilters, enabled = true) {
  return useQuery({ ...allKeysQueryOptions(filters), enabled });
}
