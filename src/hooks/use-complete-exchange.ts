'use client';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { requestExchangeCompletion, type CompleteExchangeRequest, type ExchangeCompletion } from '../core/complete-exchange';
import type { ExchangeSessionError } from '../core/errors';
import { useExchangeSessionConfig, type ExchangeSessionConfig } from './exchange-session-context';
import { missingEndpoint } from './missing-endpoint';
import { useResolvedQueryClient } from './use-resolved-query-client';

/** Options of {@link useCompleteExchange}; each one overrides the `ExchangeSessionProvider`'s. */
export type UseCompleteExchangeOptions = Pick<ExchangeSessionConfig, 'completeExchange' | 'headers' | 'credentials' | 'fetch' | 'queryClient'>;

/**
 * A TanStack mutation that posts a finished flow's result to the app's backend, which creates the
 * Dwolla exchange (and the funding source, when asked) with `react-dwolla-exchange/server`. Only
 * the token is sent (Plaid's public token, MX's chosen account, Checkout.com's payment id).
 *
 * @example
 * ```tsx
 * const complete = useCompleteExchange({ completeExchange: '/api/exchange-sessions/{id}/exchange' });
 * <ExchangeSessionLauncher
 *   sessionId={id}
 *   onSuccess={(result) => result.partner !== 'mx' && complete.mutate(result)}
 * />
 * ```
 */
export function useCompleteExchange(
  options: UseCompleteExchangeOptions = {},
): UseMutationResult<ExchangeCompletion, ExchangeSessionError, CompleteExchangeRequest> {
  const { completeExchange, headers, credentials, fetch, queryClient } = useExchangeSessionConfig(options);
  const config = {
    completeExchange: completeExchange ?? missingEndpoint('completeExchange', '/api/exchange-sessions/{id}/exchange'),
    headers,
    credentials,
    fetch,
  };
  return useMutation({ mutationFn: (request) => requestExchangeCompletion(request, config) }, useResolvedQueryClient(queryClient));
}
