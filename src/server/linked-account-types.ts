// One shape for both halves: what `GET {basePath}/linked` answers is what the browser reads.
import type { LinkedAccountState } from '../core/linked/linked-account';

export type { LinkedAccount, LinkedAccountState, LinkedFundingSource } from '../core/linked/linked-account';

/** The exchange `accountState` is asked about. */
export interface LinkedExchangeRecord {
  customerId: string;
  exchangeId: string;
  exchangeUrl: string;
}

/**
 * What your records say of an exchange's connection (from the webhooks it got): it needs its user,
 * or it stopped; `undefined` when they say nothing.
 */
export type RecordedAccountState = Exclude<LinkedAccountState, 'active'> | undefined;
