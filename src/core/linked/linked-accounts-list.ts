import type { LinkedAccount, LinkedFundingSource } from './linked-account';

/** The funding sources of an account that can still be used: those not removed. */
export function usableFundingSources(account: LinkedAccount): LinkedFundingSource[] {
  return account.fundingSources.filter((source) => !source.removed);
}

/**
 * Whether the default list shows an account: not when every funding source made from it was
 * removed (the user removed the account); an exchange without any funding source is shown.
 */
export function isListed(account: LinkedAccount): boolean {
  return account.fundingSources.length === 0 || usableFundingSources(account).length > 0;
}

/** Whether the account can be reconnected here: its bank asks for a sign-in, through a partner this library runs. */
export function canReconnect(account: LinkedAccount): boolean {
  return account.state === 'reauthenticationRequired' && account.partner !== 'other';
}

/** The list after the backend confirmed a funding source's removal. */
export function withFundingSourceRemoved(accounts: readonly LinkedAccount[], fundingSourceId: string): LinkedAccount[] {
  return accounts.map((account) =>
    account.fundingSources.some((source) => source.id === fundingSourceId)
      ? { ...account, fundingSources: account.fundingSources.map((source) => (source.id === fundingSourceId ? { ...source, removed: true } : source)) }
      : account,
  );
}

/** The list after the user re-authenticated an exchange: active again. */
export function withAccountReconnected(accounts: readonly LinkedAccount[], exchangeId: string): LinkedAccount[] {
  return accounts.map((account) => (account.exchangeId === exchangeId ? { ...account, state: 'active' } : account));
}
