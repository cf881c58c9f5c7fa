'use client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ExchangeSessionError } from '../core/errors';
import { exchangeSessionQueryOptions } from '../core/session/query-options';
import type { ExchangeSession } from '../core/session/session';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useResolvedQueryClient } from './use-resolved-query-client';

/** Options of {@link useExchangeSession}. */
export interface UseExchangeSessionOptions {
  /** Set to `false` to hold the request back; it is also held while the id is empty. */
  enabled?: boolean;
}

/** What {@link useExchangeSession} returns: TanStack's query result, typed for exchange sessions. */
export type UseExchangeSessionResult = UseQueryResult<ExchangeSession, ExchangeSessionError>;

/**
 * Fetches an exchange session through the app's backend (the `ExchangeSessionProvider`'s
 * `backend`, else `GET /api/exchange-sessions/{id}`) and returns it validated and typed.
 *
 * Works inside the app's `QueryClientProvider` (sharing its cache) and without one. Sessions are
 * single-use: no refetch on focus or reconnect, retries only for `network` and `server` errors.
 *
 * @param sessionId - the session id, or its Dwolla resource URL; nothing is fetched while empty.
 *
 * @example
 * ```tsx
 * const { data: session, error } = useExchangeSession(id);
 * if (session?.partner === 'plaid') console.log(session.linkToken);
 * ```
 */
export function useExchangeSession(
  sessionId: string | null | undefined,
  { enabled = true }: UseExchangeSessionOptions = {},
): UseExchangeSessionResult {
  const { backend, queryClient } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  const options = exchangeSessionQueryOptions(sessionId ?? '', backend);
  const active = enabled && options.enabled !== false;
  return useQuery({ ...options, enabled: active }, client);
}
