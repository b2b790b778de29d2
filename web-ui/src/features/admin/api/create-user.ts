import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { usersQueryKey, type User } from '@/features/admin/api/list-users';

export type UserCreate = Schemas['UserCreate'];

/** POST /api/v1/users (ADMIN) with an Idempotency-Key. */
export async function createUser(body: UserCreate, idempotencyKey: string): Promise<User> {
  const { data } = await unwrap(api.POST('/api/v1/users', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
  return data;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: UserCreate; idempotencyKey: string }) => createUser(body, idempotencyKey),
    meta: { handledStatuses: [400, 409] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
