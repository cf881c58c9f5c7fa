'use client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { availableExchangeConnectionsQueryOptions } from '../core/exchange/connections-query-options';
import type { ExchangeSessionError } from '../core/errors';
import type { AvailableExchangeConnection } from '../core/exchange/exchange-token';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useResolvedQueryClient } from './use-resolved-query-client';

/**
 * Lists the accounts the user connected in an MX session, through the app's backend
 * (`GET {basePath}/{id}/available-connections`), to choose the one that becomes the exchange
 * (see `ExchangeConnectionPicker`).
 *
 * @example
 * ```tsx
 * const { data: connections } = useAvailableExchangeConnections(sessionId);
 * ```
 */
export function useAvailableExchangeConnections(sessionId: string | null | undefined): UseQueryResult<AvailableExchangeConnection[], ExchangeSessionError> {
  const { backend, queryClient } = useExchangeSessionSettings();
  return useQuery(availableExchangeConnectionsQueryOptions(sessionId?.trim() ?? '', backend), useResolvedQueryClient(queryClient));
}
