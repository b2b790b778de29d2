import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { applyErrorPolicy, shouldRetry, type ErrorPolicyDeps } from '@/app/error-policy';

/** The app's QueryClient: one error policy for every query and mutation. */
export function createQueryClient(deps: ErrorPolicyDeps): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A background refetch that fails while data is on screen is still worth telling.
        applyErrorPolicy(error, query.meta, deps);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        applyErrorPolicy(error, mutation.meta, deps);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
