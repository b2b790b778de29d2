import { useQueryClient } from '@tanstack/react-query';
import { keysQueryKey } from '@/features/keys/api/list-keys';
import { keyStocktakesQueryKey } from '@/features/keys/api/list-key-stocktakes';
import { useServerEvents } from '@/lib/server-events';

/**
 * While mounted, custody events (a key issued, returned, overdue, lost… by anyone, in `projectId` or
 * in any of my projects) reload the key screens without a reload. Stock-take scans only concern the
 * stock-take screens, which update from their own answers.
 */
export function useLiveKeys(projectId?: string) {
  const queryClient = useQueryClient();
  useServerEvents((event) => {
    if ((event.type !== 'KEY_CHANGED' && event.type !== 'KEY_OVERDUE') || (projectId && event.projectId !== projectId)) return;
    if (event.keyEventType?.startsWith('STOCKTAKE_')) {
      void queryClient.invalidateQueries({ queryKey: keyStocktakesQueryKey });
      return;
    }
    void queryClient.invalidateQueries({ queryKey: keysQueryKey, predicate: (query) => query.queryKey[1] !== 'stocktakes' });
  });
}
