import type { ExchangePartner } from '../core/session/session';

/**
 * The state of a linked account's bank connection: `active`; `reauthenticationRequired`, it needs
 * its user (a re-authentication session mends it); `deactivated`, it no longer works.
 */
export type LinkedAccountState = 'active' | 'reauthenticationRequired' | 'deactivated';

/** One of the customer's funding sources made from a linked account's exchange, as `GET {basePath}/linked` lists it. */
export interface LinkedFundingSource {
  /** Dwolla's id of the funding source. */
  id: string;
  /** Its Dwolla URL. */
  url: string;
  name: string;
  type: 'bank' | 'card';
  /** A bank account's type, when Dwolla says it. */
  bankAccountType?: 'checking' | 'savings';
  /** Dwolla's status, such as `verified` or `unverified`. */
  status: string;
  /** Whether it was removed (Dwolla keeps removed funding sources, marked). */
  removed: boolean;
}

/** One of the customer's exchanges (a bank connection or a card), as `GET {basePath}/linked` lists it. */
export interface LinkedAccount {
  /** Dwolla's id of the exchange. */
  exchangeId: string;
  /** Its Dwolla URL: what `onComplete`'s `exchangeUrl` was. */
  exchangeUrl: string;
  /** The exchange partner, matched by Dwolla's name for it; `other` for one this library does not run. */
  partner: ExchangePartner | 'other';
  state: LinkedAccountState;
  /** When Dwolla created the exchange (ISO 8601). */
  created: string;
  /** The customer's funding sources made from this exchange (their `_links.exchange`), removed ones included. */
  fundingSources: LinkedFundingSource[];
}

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
