import type { DataTag, QueryFunction, UseQueryOptions } from '@tanstack/react-query';
import type { ExchangeSessionBackendConfig } from './backend-config';
import { isExchangeSessionError, type ExchangeSessionError } from './errors';
import { fetchExchangeSession } from './fetch-session';
import { observedSignal } from './observed-signal';
import type { ExchangeSession } from './session';
import { normalizeExchangeSessionId } from './session-id';

/** The TanStack Query key of one exchange session. */
export type ExchangeSessionQueryKey = readonly ['dwolla-exchange-session', string];

/** What {@link exchangeSessionQueryOptions} returns: options for `useQuery`, `prefetchQuery`, … */
export type ExchangeSessionQueryOptions = UseQueryOptions<
  ExchangeSession,
  ExchangeSessionError,
  ExchangeSession,
  ExchangeSessionQueryKey
> & { queryKey: DataTag<ExchangeSessionQueryKey, ExchangeSession, ExchangeSessionError> };

const maxRetries = 3;

/**
 * The query key of one exchange session; the id or resource URL is normalised, so both forms
 * share one cache entry.
 */
export function exchangeSessionQueryKey(sessionIdOrUrl: string): ExchangeSessionQueryKey {
  return ['dwolla-exchange-session', toSessionId(sessionIdOrUrl)];
}

/**
 * TanStack Query options for one exchange session, with defaults for a single-use payment
 * session: no refetch on focus or reconnect, never stale once fetched, retries with backoff only
 * for `network` and `server` errors, disabled while the id is empty.
 *
 * @example
 * ```ts
 * await queryClient.prefetchQuery(exchangeSessionQueryOptions(id, { endpoint: fetchFromDwolla }));
 * ```
 */
export function exchangeSessionQueryOptions(
  sessionIdOrUrl: string,
  config: ExchangeSessionBackendConfig,
): ExchangeSessionQueryOptions {
  const sessionId = toSessionId(sessionIdOrUrl);
  return {
    queryKey: exchangeSessionQueryKey(sessionId) as ExchangeSessionQueryOptions['queryKey'],
    queryFn: sessionQueryFn(sessionId, config),
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
export function sessionQueryFn(sessionId: string, config: ExchangeSessionBackendConfig): QueryFunction<ExchangeSession, ExchangeSessionQueryKey> {
  return async (context) => {
    const { signal, release } = observedSignal(context);
    try {
      return await fetchExchangeSession(sessionId, config, { signal });
    } finally {
      release();
    }
  };
}

/** Retries only failures that a later attempt can fix, a few times. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && isExchangeSessionError(error) && (error.code === 'network' || error.code === 'server');
}

/** An invalid id is kept as given, so that its query fails with `invalidSessionId` instead of idling. */
function toSessionId(sessionIdOrUrl: string): string {
  try {
    return normalizeExchangeSessionId(sessionIdOrUrl);
  } catch {
    return sessionIdOrUrl.trim();
  }
}
