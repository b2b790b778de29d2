import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type PasswordChange = Schemas['PasswordChange'];

/** POST /api/v1/me/password — the signed-in user's own password; a wrong current one is a 400 naming `currentPassword`. */
export async function changeMyPassword(body: PasswordChange): Promise<void> {
  await unwrap(api.POST('/api/v1/me/password', { body }));
}

export function useChangeMyPassword() {
  return useMutation({ mutationFn: changeMyPassword, meta: { handledStatuses: [400] } });
}
