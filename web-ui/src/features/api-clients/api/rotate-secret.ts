import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { apiClientsQueryKey, type ApiClientCredentials } from '@/features/api-clients/api/list-api-clients';

/** POST /api/v1/api-clients/{apiClientId}/secrets: a new secret (shown once); the old one stays valid `graceMinutes`. */
export async function rotateSecret(apiClientId: string, graceMinutes: number): Promise<ApiClientCredentials> {
  const { data } = await unwrap(
    api.POST('/api/v1/api-clients/{apiClientId}/secrets', { params: { path: { apiClientId } }, body: { graceMinutes } }),
  );
  return data;
}

export function useRotateSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ apiClientId, graceMinutes }: { apiClientId: string; graceMinutes: number }) => rotateSecret(apiClientId, graceMinutes),
    meta: { handledStatuses: [400, 409] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}
