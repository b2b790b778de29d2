import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ApiClient = Schemas['ApiClient'];
export type ApiClientPage = Schemas['ApiClientPage'];
export type ApiClientScope = Schemas['ApiClientScope'];
export type ApiClientStatus = Schemas['ApiClientStatus'];
export type ApiClientCredentials = Schemas['ApiClientCredentials'];

const PAGE_SIZE = 50;

/** GET /api/v1/api-clients (ADMIN) — newest first, optionally only active or only revoked ones. */
export async function listApiClients(status: ApiClientStatus | undefined, cursor: string | undefined, signal?: AbortSignal): Promise<ApiClientPage> {
  const query = { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}), ...(status ? { status } : {}) };
  const { data } = await unwrap(api.GET('/api/v1/api-clients', { params: { query }, signal }));
  return data;
}

export const apiClientsQueryKey = ['admin', 'api-clients'] as const;

export function apiClientsQueryOptions(status: ApiClientStatus | undefined) {
  return infiniteQueryOptions({
    queryKey: [...apiClientsQueryKey, 'list', status ?? 'all'],
    queryFn: ({ pageParam, signal }) => listApiClients(status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

export function useApiClients(status: ApiClientStatus | undefined) {
  return useInfiniteQuery(apiClientsQueryOptions(status));
}
