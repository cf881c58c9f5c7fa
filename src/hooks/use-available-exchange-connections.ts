'use client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { availableExchangeConnectionsQueryOptions } from '../core/connections-query-options';
import type { ExchangeSessionError } from '../core/errors';
import type { AvailableExchangeConnection } from '../core/exchange-token';
import { useExchangeSessionConfig, type ExchangeSessionConfig } from './exchange-session-context';
import { missingEndpoint } from './missing-endpoint';
import { useResolvedQueryClient } from './use-resolved-query-client';

/** Options of {@link useAvailableExchangeConnections}; each one overrides the `ExchangeSessionProvider`'s. */
export type UseAvailableExchangeConnectionsOptions = Pick<
  ExchangeSessionConfig,
  'availableConnections' | 'headers' | 'credentials' | 'fetch' | 'queryClient'
>;

/**
 * Lists the accounts the user connected in an MX session, through the app's backend, to choose
 * the one that becomes the exchange (see `ExchangeConnectionPicker`).
 *
 * @example
 * ```tsx
 * const { data: connections } = useAvailableExchangeConnections(sessionId, {
 *   availableConnections: '/api/exchange-sessions/{id}/available-connections',
 * });
 * ```
 */
export function useAvailableExchangeConnections(
  sessionId: string | null | undefined,
  options: UseAvailableExchangeConnectionsOptions = {},
): UseQueryResult<AvailableExchangeConnection[], ExchangeSessionError> {
  const { availableConnections, headers, credentials, fetch, queryClient } = useExchangeSessionConfig(options);
  const query = availableExchangeConnectionsQueryOptions(sessionId?.trim() ?? '', {
    availableConnections: availableConnections ?? missingEndpoint('availableConnections', '/api/exchange-sessions/{id}/available-connections'),
    headers,
    credentials,
    fetch,
  });
  return useQuery(query, useResolvedQueryClient(queryClient));
}
