import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api/client';
import { usersQueryKey, type User } from '@/features/admin/api/list-users';

export type VersionedUser = { item: User; etag: string };

/** GET /api/v1/users/{userId} — with its ETag, for an update. */
export async function getUser(userId: string, signal?: AbortSignal): Promise<VersionedUser> {
  const { data, response } = await unwrap(api.GET('/api/v1/users/{userId}', { params: { path: { userId } }, signal }));
  return { item: data, etag: etagOf(response) ?? `"${String(data.version)}"` };
}

export function useUser(userId: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: [...usersQueryKey, 'detail', userId ?? ''],
      queryFn: ({ signal }) => getUser(userId ?? '', signal),
      enabled: userId !== undefined,
      staleTime: 0,
    }),
  );
}
