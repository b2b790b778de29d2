import { useMutation, useQueryClient } from '@tanstack/react-query';
import { keysQueryKey } from '@/features/keys/api/list-keys';

/**
 * The mutation behind every write about keys: afterwards every key query reloads (ledger, detail,
 * history, checkouts, stock-takes), on failure too — a 409 means the key changed under the user.
 * The forms show 400 (fields), 403 (a custody rule), 409, 412/428 and 422 themselves.
 */
export function useKeyMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { handledStatuses: [400, 403, 409, 412, 422, 428] },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keysQueryKey }),
  });
}
