'use client';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { completeExchange } from '../core/exchange/complete-exchange';
import type { CompleteExchangeRequest, ExchangeCompletion } from '../core/backend/endpoints';
import type { ExchangeSessionError } from '../core/errors';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useResolvedQueryClient } from './use-resolved-query-client';

/**
 * A TanStack mutation that posts a finished flow's result to the app's backend
 * (`POST {basePath}/{id}/exchange`), which creates the Dwolla exchange (and the funding source,
 * when asked) with `react-dwolla-exchange/server`. Only the token is sent (Plaid's public token,
 * MX's chosen account, Checkout.com's payment id).
 *
 * @example
 * ```tsx
 * const complete = useCompleteExchange();
 * <ExchangeSessionLauncher
 *   source={{ sessionId: id }}
 *   onSuccess={(result) => result.partner !== 'mx' && complete.mutate(result)}
 * />
 * ```
 */
export function useCompleteExchange(): UseMutationResult<ExchangeCompletion, ExchangeSessionError, CompleteExchangeRequest> {
  const { backend, queryClient } = useExchangeSessionSettings();
  return useMutation({ mutationFn: (request) => completeExchange(request, backend) }, useResolvedQueryClient(queryClient));
}
