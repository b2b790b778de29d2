import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { apiClientsQueryKey, type ApiClientCredentials } from '@/features/api-clients/api/list-api-clients';

export type ApiClientCreate = Schemas['ApiClientCreate'];

/** POST /api/v1/api-clients (ADMIN): the answer holds the secret, shown once (no Idempotency-Key: a replay would store it). */
export async function createApiClient(body: ApiClientCreate): Promise<ApiClientCredentials> {
  const { data } = await unwrap(api.POST('/api/v1/api-clients', { body }));
  return data;
}

export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiClientCreate) => createApiClient(body),
    meta: { handledStatuses: [400] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}
