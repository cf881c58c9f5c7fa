// Type tests of the linked accounts: checked by `tsc` in `npm test`; nothing here runs.
import { QueryClient } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import { fetchLinkedAccounts, linkedAccountsQueryKey, linkedAccountsQueryOptions, removeLinkedFundingSource } from '../../src/core';
import {
  LinkedAccounts,
  useLinkedAccounts,
  useRemoveLinkedFundingSource,
  type ExchangeBackend,
  type ExchangeMessages,
  type ExchangeSessionError,
  type LinkedAccount,
  type LinkedAccountActions,
  type LinkedAccountRemoval,
  type LinkedAccountState,
  type LinkedFundingSource,
  type LinkedFundingSourceRemoval,
} from '../../src';

declare const account: LinkedAccount;

export function narrowsOnStateAndPartner() {
  switch (account.state) {
    case 'active':
    case 'reauthenticationRequired':
    case 'deactivated':
      break;
    default:
      expectTypeOf(account.state).toBeNever();
  }
  expectTypeOf(account.partner).toEqualTypeOf<'mx' | 'plaid' | 'checkout' | 'other'>();
  const source = account.fundingSources[0];
  if (source?.type === 'bank') expectTypeOf(source.bankAccountType).toEqualTypeOf<'checking' | 'savings' | undefined>();
  expectTypeOf<LinkedAccountState>().toEqualTypeOf<'active' | 'reauthenticationRequired' | 'deactivated'>();
}

export async function typesTheQueryAndItsKey() {
  const client = new QueryClient();
  expectTypeOf(client.getQueryData(linkedAccountsQueryKey)).toEqualTypeOf<LinkedAccount[] | undefined>();
  expectTypeOf(await client.fetchQuery(linkedAccountsQueryOptions())).toEqualTypeOf<LinkedAccount[]>();
  client.setQueryData(linkedAccountsQueryKey, (accounts) => accounts?.filter(({ state }) => state !== 'deactivated'));
  // @ts-expect-error the cache holds accounts, not a single one
  client.setQueryData(linkedAccountsQueryKey, account);
  const result = useLinkedAccounts();
  expectTypeOf(result.data).toEqualTypeOf<LinkedAccount[] | undefined>();
  expectTypeOf(result.error).toEqualTypeOf<ExchangeSessionError | null>();
  expectTypeOf(fetchLinkedAccounts).returns.resolves.toEqualTypeOf<LinkedAccount[]>();
}

export function removesByIdAndAnswersTheRemoval() {
  const remove = useRemoveLinkedFundingSource();
  remove.mutate(account.fundingSources[0]!.id);
  // @ts-expect-error a funding source is removed by its id
  remove.mutate(account.fundingSources[0]!);
  expectTypeOf(remove.data).toEqualTypeOf<LinkedFundingSourceRemoval | undefined>();
  expectTypeOf<LinkedFundingSourceRemoval['removed']>().toEqualTypeOf<true>();
  expectTypeOf(removeLinkedFundingSource).parameters.toEqualTypeOf<[fundingSourceId: string, backend?: ExchangeBackend, options?: { signal?: AbortSignal }]>();
}

export function backendRoutesTakeAPathOrAFunction() {
  const backend: ExchangeBackend = {
    linked: async () => ({ accounts: [account] }),
    removeLinked: async (fundingSourceId) => ({ fundingSourceUrl: `https://api-sandbox.dwolla.com/funding-sources/${fundingSourceId}`, removed: true }),
  };
  const paths: ExchangeBackend = { linked: '/me/accounts', removeLinked: '/me/funding-sources/{id}/remove' };
  // @ts-expect-error the list's function answers `{ accounts }`
  const wrong: ExchangeBackend = { linked: async () => [account] };
  // @ts-expect-error a removal answers that it removed
  const unconfirmed: ExchangeBackend = { removeLinked: async () => ({ fundingSourceUrl: 'u', removed: false }) };
  return [backend, paths, wrong, unconfirmed];
}

export function theComponentsPropsAndSlot() {
  const row = (item: LinkedAccount, actions: LinkedAccountActions) => {
    expectTypeOf(actions.reconnect).toEqualTypeOf<(() => void) | undefined>();
    expectTypeOf(actions.remove).toEqualTypeOf<(fundingSourceId: string) => void>();
    return <button onClick={() => actions.remove(item.fundingSources[0]!.id)}>Delete</button>;
  };
  const removed = ({ account: from, fundingSource }: LinkedAccountRemoval) => {
    expectTypeOf(from).toEqualTypeOf<LinkedAccount>();
    expectTypeOf(fundingSource).toEqualTypeOf<LinkedFundingSource>();
  };
  return [
    <LinkedAccounts key="a" renderAccount={row} onRemoved={removed} onReconnected={(item) => expectTypeOf(item).toEqualTypeOf<LinkedAccount>()} locale="es" />,
    <LinkedAccounts key="b" messages={{ linkedRemove: 'Delete', linkedRemoveLabel: (name) => `Delete ${name}` }} appearance={{ theme: 'dark' }} className="mine" />,
    // @ts-expect-error a text that takes the name must stay a function of it
    <LinkedAccounts key="c" messages={{ linkedRemoveLabel: 'Delete' }} />,
    // @ts-expect-error Reconnect's source is the view's own, not a prop
    <LinkedAccounts key="d" source={{ create: 'plaid' }} />,
  ];
}

export function aCatalogueOfYourOwnNeedsTheLinkedTexts(launcherOnly: Omit<ExchangeMessages, `linked${string}` | 'linked'> & { linked: string }) {
  // @ts-expect-error the linked accounts' texts are part of every catalogue
  const incomplete: ExchangeMessages = launcherOnly;
  return incomplete;
}
