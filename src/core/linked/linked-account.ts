import { isJsonObject, ownField, ownString, type JsonObject } from '../backend/json';
import type { BankAccountType } from '../exchange/exchange-token';
import { isExchangePartner, type ExchangePartner } from '../session/session';

/**
 * Where an exchange stands at Dwolla: usable (`active`), waiting for the user to sign in to their
 * bank again (`reauthenticationRequired`: reconnect it with a re-authentication session), or
 * closed for good (`deactivated`: only a new link brings the account back).
 */
export type LinkedAccountState = 'active' | 'reauthenticationRequired' | 'deactivated';

/** The partner an exchange was linked through; `other` for one this library does not run. */
export type LinkedAccountPartner = ExchangePartner | 'other';

/** A funding source made from a linked account, as the app's backend lists it. */
export interface LinkedFundingSource {
  /** Dwolla's id of the funding source: what removing it takes. */
  id: string;
  /** Dwolla's URL of the funding source. */
  url: string;
  /** Its name at Dwolla, as the user sees it. */
  name: string;
  /** A bank account or a debit card. */
  type: 'bank' | 'card';
  /** A bank account's kind, when Dwolla knows it. */
  bankAccountType?: BankAccountType;
  /** Dwolla's own status of the funding source (`verified`, `unverified`, …), as it came. */
  status: string;
  /** The funding source was removed: it can no longer be used, and is kept in the list for the record. */
  removed: boolean;
}

/** One exchange of the signed-in customer and the funding sources made from it (`GET {basePath}/linked`). */
export interface LinkedAccount {
  /** Dwolla's id of the exchange: what reconnecting it takes (`source={{ reauthenticate: exchangeId }}`). */
  exchangeId: string;
  /** Dwolla's URL of the exchange. */
  exchangeUrl: string;
  partner: LinkedAccountPartner;
  state: LinkedAccountState;
  /** When the exchange was created, as the ISO 8601 string Dwolla sent. */
  created: string;
  fundingSources: LinkedFundingSource[];
}

const states: readonly unknown[] = ['active', 'reauthenticationRequired', 'deactivated'] satisfies LinkedAccountState[];

/** Whether `value` is one of the states a linked account can be in (the backend's answer and `/server`'s records read alike). */
export function isLinkedAccountState(value: unknown): value is LinkedAccountState {
  return states.includes(value);
}

/**
 * The well-formed accounts of a listed array, in its order (newest first, as the backend lists
 * them). An account with a missing or mistyped field (`created` must be a date), an unknown
 * partner or state, or a malformed funding source is skipped whole: an account is never shown
 * with less than the backend said of it.
 */
export function readLinkedAccounts(items: readonly unknown[]): LinkedAccount[] {
  return items.flatMap((item) => {
    const account = isJsonObject(item) ? readAccount(item) : undefined;
    return account ? [account] : [];
  });
}

function readAccount(item: JsonObject): LinkedAccount | undefined {
  const exchangeId = nonEmpty(item, 'exchangeId');
  const exchangeUrl = nonEmpty(item, 'exchangeUrl');
  const created = nonEmpty(item, 'created');
  const partner = ownField(item, 'partner');
  const state = ownField(item, 'state');
  const list = ownField(item, 'fundingSources');
  if (exchangeId === undefined || exchangeUrl === undefined || created === undefined || Number.isNaN(Date.parse(created)) || !Array.isArray(list)) return undefined;
  if (!(isExchangePartner(partner) || partner === 'other') || !isLinkedAccountState(state)) return undefined;
  const fundingSources = list.map((source) => (isJsonObject(source) ? readFundingSource(source) : undefined));
  if (!fundingSources.every((source) => source !== undefined)) return undefined;
  return { exchangeId, exchangeUrl, partner, state, created, fundingSources };
}

function readFundingSource(item: JsonObject): LinkedFundingSource | undefined {
  const id = nonEmpty(item, 'id');
  const url = nonEmpty(item, 'url');
  const name = ownString(item, 'name');
  const type = ownField(item, 'type');
  const bankAccountType = ownField(item, 'bankAccountType');
  const status = ownString(item, 'status');
  const removed = ownField(item, 'removed');
  if (id === undefined || url === undefined || name === undefined || status === undefined || typeof removed !== 'boolean') return undefined;
  if (type !== 'bank' && type !== 'card') return undefined;
  if (bankAccountType === undefined) return { id, url, name, type, status, removed };
  if (type === 'card' || (bankAccountType !== 'checking' && bankAccountType !== 'savings')) return undefined;
  return { id, url, name, type, bankAccountType, status, removed };
}

function nonEmpty(item: JsonObject, key: string): string | undefined {
  const value = ownString(item, key);
  return value === undefined || value.trim() === '' ? undefined : value;
}
