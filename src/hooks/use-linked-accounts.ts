'use client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ExchangeSessionError } from '../core/errors';
import type { LinkedAccount } from '../core/linked/linked-account';
import { linkedAccountsQueryOptions } from '../core/linked/linked-accounts-query-options';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useResolvedQueryClient } from './use-resolved-query-client';

/**
 * The signed-in customer's linked accounts through the app's backend (`GET {basePath}/linked`),
 * newest first, each with its state and the funding sources made from it: TanStack's query
 * result, typed. Malformed accounts are skipped; every failure is an `ExchangeSessionError`.
 *
 * @example
 * ```tsx
 * const { data: accounts = [] } = useLinkedAccounts();
 * const reconnect = accounts.filter((account) => account.state === 'reauthenticationRequired');
 * ```
 */
export function useLinkedAccounts(): UseQueryResult<LinkedAccount[], ExchangeSessionError> {
  const { backend, queryClient } = useExchangeSessionSettings();
  return useQuery(linkedAccountsQueryOptions(backend), useResolvedQueryClient(queryClient));
}
