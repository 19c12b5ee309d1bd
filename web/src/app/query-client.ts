import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { ME_KEY } from '../auth/session';

/** Client errors are answers, not hiccups: only network trouble and 5xx are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A session that ends (expired, logged out elsewhere) sends the user back to the login page.
    queryCache: new QueryCache({ onError: (error) => onUnauthenticated(error) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthenticated(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  function onUnauthenticated(error: unknown) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') client.setQueryData(ME_KEY, null);
  }
  return client;
}
