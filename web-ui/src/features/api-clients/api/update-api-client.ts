import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { apiClientsQueryKey, type ApiClient } from '@/features/api-clients/api/list-api-clients';

export type ApiClientUpdate = Schemas['ApiClientUpdate'];

/** PATCH /api/v1/api-clients/{apiClientId} with If-Match: name, projects, scopes (only the fields sent change). */
export async function updateApiClient(apiClientId: string, body: ApiClientUpdate, ifMatch: string): Promise<ApiClient> {
  const { data } = await unwrap(
    api.PATCH('/api/v1/api-clients/{apiClientId}', { params: { path: { apiClientId }, header: { 'If-Match': ifMatch } }, body }),
  );
  return data;
}

export function useUpdateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ apiClientId, body, ifMatch }: { apiClientId: string; body: ApiClientUpdate; ifMatch: string }) =>
      updateApiClient(apiClientId, body, ifMatch),
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}
