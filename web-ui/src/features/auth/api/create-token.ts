import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { saveToken } from '@/lib/auth-storage';

export type TokenRequest = Schemas['TokenRequest'];
export type TokenResponse = Schemas['TokenResponse'];

/** POST /api/v1/auth/token — logs in; the token is stored on success. */
export async function createToken(body: TokenRequest): Promise<TokenResponse> {
  const { data } = await unwrap(api.POST('/api/v1/auth/token', { body }));
  saveToken(data.accessToken, data.expiresIn);
  return data;
}

export function useCreateToken() {
  return useMutation({
    mutationFn: createToken,
    // The login form explains a wrong password (401), a malformed request (400) and lock-out (429).
    meta: { handledStatuses: [400, 401, 429] },
  });
}
