'use client';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { LinkedFundingSourceRemoval } from '../core/backend/endpoints';
import type { ExchangeSessionError } from '../core/errors';
import { linkedAccountsQueryKey } from '../core/linked/linked-accounts-query-options';
import { withFundingSourceRemoved } from '../core/linked/linked-accounts-list';
import { removeLinkedFundingSource } from '../core/linked/remove-linked-funding-source';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useResolvedQueryClient } from './use-resolved-query-client';

/**
 * A TanStack mutation that removes one of the customer's funding sources through the app's
 * backend (`POST {basePath}/linked/{id}/remove`); `mutate` takes the funding source's id. Once
 * the backend confirms, the cached linked accounts show it removed at once, and the list is
 * fetched again after any answer (a `forbidden` or `notFound` one says the list is stale too).
 * Ask the user first: `LinkedAccounts` does, with a confirmation.
 *
 * @example
 * ```tsx
 * const remove = useRemoveLinkedFundingSource();
 * <button onClick={() => confirm(`Remove ${source.name}?`) && remove.mutate(source.id)}>Remove</button>
 * ```
 */
export function useRemoveLinkedFundingSource(): UseMutationResult<LinkedFundingSourceRemoval, ExchangeSessionError, string> {
  const { backend, queryClient } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  return useMutation(
    {
      mutationFn: (fundingSourceId) => removeLinkedFundingSource(fundingSourceId, backend),
      onSuccess: (_removal, fundingSourceId) => {
        client.setQueryData(linkedAccountsQueryKey, (accounts) => accounts && withFundingSourceRemoved(accounts, fundingSourceId.trim()));
      },
      // Not awaited: the removal is done when the backend says so, not when the list is read again.
      onSettled: () => void client.invalidateQueries({ queryKey: linkedAccountsQueryKey }),
    },
    client,
  );
}
