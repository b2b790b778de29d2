import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Puts a write's answer in the cache as the entry's data. A read of the same entry that started before the write
 * (a mount refetch, say) is cancelled first: its answer is older, and landing after this one it would show the
 * state from before the write.
 */
export async function storeAnswer<T>(queryClient: QueryClient, queryKey: QueryKey, data: T): Promise<void> {
  await queryClient.cancelQueries({ queryKey, exact: true });
  queryClient.setQueryData(queryKey, data);
}
