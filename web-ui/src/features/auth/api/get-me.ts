import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Me = Schemas['Me'];
export type Role = Schemas['Role'];

/** GET /api/v1/me — the signed-in user with roles and projects. */
export async function getMe(signal?: AbortSignal): Promise<Me> {
  const { data } = await unwrap(api.GET('/api/v1/me', { signal }));
  return data;
}

export const meQueryKey = ['me'] as const;

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
