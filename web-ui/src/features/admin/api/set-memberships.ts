import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { usersQueryKey, type User } from '@/features/admin/api/list-users';

/** PUT /api/v1/users/{userId}/memberships (ADMIN) — the projects the user belongs to, as a whole set. */
export async function setMemberships(userId: string, projectIds: string[]): Promise<User> {
  const { data } = await unwrap(
    api.PUT('/api/v1/users/{userId}/memberships', { params: { path: { userId } }, body: { projectIds } }),
  );
  return data;
}

export function useSetMemberships() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, projectIds }: { userId: string; projectIds: string[] }) => setMemberships(userId, projectIds),
    meta: { handledStatuses: [400] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
