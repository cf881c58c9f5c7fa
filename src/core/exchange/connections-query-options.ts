import type { DataTag, UseQueryOptions } from '@tanstack/react-query';
import { fetchAvailableExchangeConnections } from './available-connections';
import type { ExchangeBackend } from '../backend/backend';
import type { ExchangeSessionError } from '../errors';
import type { AvailableExchangeConnection } from './exchange-token';
import { shouldRetry } from '../backend/retry-policy';

/** The TanStack Query key of the accounts connected in one MX session. */
export type AvailableExchangeConnectionsQueryKey = readonly ['dwolla-available-exchange-connections', string];

/** What {@link availableExchangeConnectionsQueryOptions} returns. */
export type AvailableExchangeConnectionsQueryOptions = UseQueryOptions<
  AvailableExchangeConnection[],
  ExchangeSessionError,
  AvailableExchangeConnection[],
  AvailableExchangeConnectionsQueryKey
> & { queryKey: DataTag<AvailableExchangeConnectionsQueryKey, AvailableExchangeConnection[], ExchangeSessionError> };

/** The query key of the accounts connected in the MX session `sessionId`. */
export function availableExchangeConnectionsQueryKey(sessionId: string): AvailableExchangeConnectionsQueryKey {
  return ['dwolla-available-exchange-connections', sessionId];
}

/**
 * TanStack Query options for the accounts the user connected in the MX session `sessionId`:
 * no refetch on focus (the user is choosing among them), retries only `network` and `server`
 * errors, disabled while the id is empty.
 */
export function availableExchangeConnectionsQueryOptions(
  sessionId: string,
  backend: ExchangeBackend = {},
): AvailableExchangeConnectionsQueryOptions {
  return {
    queryKey: availableExchangeConnectionsQueryKey(sessionId) as AvailableExchangeConnectionsQueryOptions['queryKey'],
    queryFn: async (context) => {
      // As for the session query: StrictMode's simulated unmount must not abort the request.
      await Promise.resolve();
      return fetchAvailableExchangeConnections(sessionId, backend, { signal: context.signal });
    },
    enabled: sessionId !== '',
    refetchOnWindowFocus: false,
    networkMode: 'always',
    retry: shouldRetry,
  };
}
