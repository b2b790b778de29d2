import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { usersQueryKey, type User } from '@/features/admin/api/list-users';

export type UserUpdate = Schemas['UserUpdate'];

/** PATCH /api/v1/users/{userId} with If-Match (ADMIN): only the fields sent change — `{active:false}` deactivates. */
export async function updateUser(userId: string, body: UserUpdate, ifMatch: string): Promise<User> {
  const { data } = await unwrap(
    api.PATCH('/api/v1/users/{userId}', { params: { path: { userId }, header: { 'If-Match': ifMatch } }, body }),
  );
  return data;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body, ifMatch }: { userId: string; body: UserUpdate; ifMatch: string }) => updateUser(userId, body, ifMatch),
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
