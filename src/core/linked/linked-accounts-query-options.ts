import type { DataTag, UseQueryOptions } from '@tanstack/react-query';
import type { ExchangeBackend } from '../backend/backend';
import type { ExchangeSessionError } from '../errors';
import { shouldRetry } from '../backend/retry-policy';
import { fetchLinkedAccounts } from './fetch-linked-accounts';
import type { LinkedAccount } from './linked-account';

/** The TanStack Query key of the signed-in customer's linked accounts, tagged with their type. */
export type LinkedAccountsQueryKey = DataTag<readonly ['dwolla-linked-accounts'], LinkedAccount[], ExchangeSessionError>;

/**
 * The query key of the linked accounts: `getQueryData`, `setQueryData` and `invalidateQueries`
 * with it are typed. One customer per page: clear the cache when the user signs out.
 */
export const linkedAccountsQueryKey = ['dwolla-linked-accounts'] as const as LinkedAccountsQueryKey;

/** What {@link linkedAccountsQueryOptions} returns. */
export type LinkedAccountsQueryOptions = UseQueryOptions<LinkedAccount[], ExchangeSessionError, LinkedAccount[], LinkedAccountsQueryKey> & {
  queryKey: LinkedAccountsQueryKey;
};

/**
 * TanStack Query options for the signed-in customer's linked accounts (`GET {basePath}/linked`):
 * TanStack's defaults otherwise (fetched again when a page comes back into view, since a bank may
 * ask for a sign-in at any time), retries only `network` and `server` errors, and an offline
 * page ends in a `network` error rather than a paused query.
 *
 * @example
 * ```ts
 * await queryClient.prefetchQuery(linkedAccountsQueryOptions({ linked: () => listFromDwolla(customerId) }));
 * ```
 */
export function linkedAccountsQueryOptions(backend: ExchangeBackend = {}): LinkedAccountsQueryOptions {
  return {
    queryKey: linkedAccountsQueryKey,
    queryFn: async (context) => {
      // As for the session query: StrictMode's simulated unmount must not abort the request.
      await Promise.resolve();
      return fetchLinkedAccounts(backend, { signal: context.signal });
    },
    networkMode: 'always',
    retry: shouldRetry,
  };
}
