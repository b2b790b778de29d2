import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { apiClientsQueryKey, type ApiClient } from '@/features/api-clients/api/list-api-clients';

/** POST /api/v1/api-clients/{apiClientId}/revoke: for good; its tokens are refused from their next request. */
export async function revokeApiClient(apiClientId: string): Promise<ApiClient> {
  const { data } = await unwrap(api.POST('/api/v1/api-clients/{apiClientId}/revoke', { params: { path: { apiClientId } } }));
  return data;
}

export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (apiClientId: string) => revokeApiClient(apiClientId),
    meta: { handledStatuses: [409] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}
