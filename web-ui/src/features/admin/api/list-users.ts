import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type User = Schemas['User'];
export type UserPage = Schemas['UserPage'];
export type Role = Schemas['Role'];
export type UserFilters = { q?: string | undefined; role?: Role | undefined; projectId?: string | undefined; active?: boolean | undefined };

const PAGE_SIZE = 50;

/** GET /api/v1/users — ADMIN sees every user; filtered on the server by text, role, project and active flag. */
export async function listUsers(filters: UserFilters, cursor: string | undefined, signal?: AbortSignal): Promise<UserPage> {
  const query = {
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.projectId ? { projectId: filters.projectId } : {}),
    ...(filters.active !== undefined ? { active: filters.active } : {}),
  };
  const { data } = await unwrap(api.GET('/api/v1/users', { params: { query }, signal }));
  return data;
}

export const usersQueryKey = ['admin', 'users'] as const;

export function usersQueryOptions(filters: UserFilters) {
  return infiniteQueryOptions({
    queryKey: [...usersQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => listUsers(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery(usersQueryOptions(filters));
}
