import type { DataTag, QueryFunction, UseQueryOptions } from '@tanstack/react-query';
import type { ExchangeBackend } from '../backend/backend';
import { shouldRetry } from '../backend/retry-policy';
import type { ExchangeSessionError } from '../errors';
import { fetchExchangeSession } from './fetch-session';
import { observedSignal } from './observed-signal';
import type { ExchangeSession } from './session';
import { exchangeSessionQueryKey, toSessionId, type ExchangeSessionQueryKey } from './session-query-key';

/** What {@link exchangeSessionQueryOptions} returns: options for `useQuery`, `prefetchQuery`, … */
export type ExchangeSessionQueryOptions = UseQueryOptions<
  ExchangeSession,
  ExchangeSessionError,
  ExchangeSession,
  ExchangeSessionQueryKey
> & { queryKey: DataTag<ExchangeSessionQueryKey, ExchangeSession, ExchangeSessionError> };

/**
 * TanStack Query options for one exchange session, with defaults for a single-use payment
 * session: no refetch on focus or reconnect, never stale once fetched, retries with backoff only
 * for `network` and `server` errors, disabled while the id is empty.
 *
 * @example
 * ```ts
 * await queryClient.prefetchQuery(exchangeSessionQueryOptions(id, { session: fetchFromDwolla }));
 * ```
 */
export function exchangeSessionQueryOptions(
  sessionIdOrUrl: string,
  backend: ExchangeBackend = {},
): ExchangeSessionQueryOptions {
  const sessionId = toSessionId(sessionIdOrUrl);
  return {
    queryKey: exchangeSessionQueryKey(sessionId) as ExchangeSessionQueryOptions['queryKey'],
    queryFn: sessionQueryFn(sessionId, backend),
    enabled: sessionId !== '',
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // Offline must end in a `network` error the UI can show, not in a silently paused query.
    networkMode: 'always',
    retry: shouldRetry,
  };
}

/** The query function of one session: a fetch the query may abort once a component observes it. */
export function sessionQueryFn(sessionId: string, backend: ExchangeBackend): QueryFunction<ExchangeSession, ExchangeSessionQueryKey> {
  return async (context) => {
    const { signal, release } = observedSignal(context);
    try {
      return await fetchExchangeSession(sessionId, backend, { signal });
    } finally {
      release();
    }
  };
}

