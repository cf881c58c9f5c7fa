import { ExchangeSessionError, isExchangeSessionError } from '../core/errors';
import { readAvailableConnections, type AvailableExchangeConnection, type ExchangeToken, type FundingSourceRequest } from '../core/exchange/exchange-token';
import { isJsonObject, linkHref, ownField, ownObject } from '../core/backend/json';
import { dwollaListItems } from './dwolla-list';
import type { DwollaClient } from './dwolla-client';
import { findExchangePartner } from './exchange-partners';
import { derivedIdempotencyKey } from './idempotency-key';
import { createdResource, dwollaPath, type CreatedResource } from './resource';

/** The customer's accounts connected through MX: `GET /customers/{id}/available-exchange-connections`. */
export async function listAvailableExchangeConnections(client: DwollaClient, customerId: string): Promise<AvailableExchangeConnection[]> {
  const { body } = await client.request({ method: 'GET', path: dwollaPath`/customers/${customerId}/available-exchange-connections` });
  const embedded = isJsonObject(body) ? ownObject(body, '_embedded') : undefined;
  const items = embedded ? ownField(embedded, 'available-exchange-connections') : undefined;
  if (!Array.isArray(items)) {
    throw new ExchangeSessionError('invalidResponse', 'Dwolla listed connections without _embedded["available-exchange-connections"].');
  }
  return readAvailableConnections(items);
}

/** Options of {@link createExchange}. */
export interface CreateExchangeOptions {
  /**
   * What else makes this exchange one of its kind (the handler passes the exchange session's id):
   * mixed into the derived `Idempotency-Key`.
   */
  idempotencyKey?: string;
}

/**
 * Creates the exchange from the partner flow's result, with the body Dwolla documents for each
 * partner (`plaid.publicToken`, `mx.availableConnectionToken`, or Checkout.com's `token`). Its
 * `Idempotency-Key` is derived from the customer, the token and `idempotencyKey`: the same call
 * again within Dwolla's idempotency window (24 hours) answers the exchange the first one created.
 */
export async function createExchange(client: DwollaClient, customerId: string, token: ExchangeToken, { idempotencyKey }: CreateExchangeOptions = {}): Promise<CreatedResource> {
  const { href } = await findExchangePartner(client, token.partner);
  const path = dwollaPath`/customers/${customerId}/exchanges`;
  const body = { _links: { 'exchange-partner': { href } }, ...exchangeBody(token) };
  const response = await client.request({ method: 'POST', path, body, idempotencyKey: await derivedIdempotencyKey(path, body, idempotencyKey) });
  return createdResource(response, 'the exchange');
}

function exchangeBody(token: ExchangeToken): Record<string, unknown> {
  switch (token.partner) {
    case 'plaid':
      return { plaid: { publicToken: token.publicToken } };
    case 'mx':
      return { mx: { availableConnectionToken: token.availableConnectionToken } };
    case 'checkout':
      return { token: token.paymentId };
  }
}

/**
 * Dwolla's own URL of `exchange` (its id or URL, in any case) when it is one of the customer's:
 * `GET /customers/{id}/exchanges`, following `_links.next` through every page; `undefined` otherwise.
 */
export async function customerExchangeUrl(client: DwollaClient, customerId: string, exchange: string): Promise<string | undefined> {
  const wanted = (/^https?:\/\//i.test(exchange) ? exchange : `${client.baseUrl}${dwollaPath`/exchanges/${exchange}`}`).toLowerCase();
  for await (const item of dwollaListItems(client, dwollaPath`/customers/${customerId}/exchanges`, 'exchanges')) {
    const href = linkHref(item, 'self');
    if (href?.toLowerCase() === wanted) return href;
  }
  return undefined;
}

/** Options of {@link createFundingSource}: a bank account, or a debit card (Checkout.com). */
export type CreateFundingSourceOptions = { exchangeHref: string } & FundingSourceRequest;

/**
 * Creates the customer's funding source from an exchange: `POST /customers/{id}/funding-sources`.
 * Its `Idempotency-Key` is derived from the customer, the exchange and the funding source asked
 * for: the same call again within Dwolla's idempotency window (24 hours) answers the first result.
 * Dwolla holds a key whose first use failed on its side for that window (`409`): the call is then
 * made once more under a new key, which cannot make a second funding source of the same account
 * or card, as Dwolla refuses those as `DuplicateResource` (naming the one the customer has).
 */
export async function createFundingSource(client: DwollaClient, customerId: string, options: CreateFundingSourceOptions): Promise<CreatedResource> {
  const { exchangeHref, name, ...kind } = options;
  const path = dwollaPath`/customers/${customerId}/funding-sources`;
  const body = { _links: { exchange: { href: exchangeHref } }, name, ...kind };
  const post = async (idempotencyKey: string) => createdResource(await client.request({ method: 'POST', path, body, idempotencyKey }), 'the funding source');
  try {
    return await post(await derivedIdempotencyKey(path, body));
  } catch (error) {
    if (!isExchangeSessionError(error) || error.status !== 409) throw error;
    return post(crypto.randomUUID());
  }
}

/**
 * The funding source Dwolla names when it refuses to create one because the customer has it
 * already (`DuplicateResource`: the same bank account or card linked again), or `undefined` when
 * `error` is anything else.
 */
export function existingFundingSource(client: DwollaClient, error: unknown): string | undefined {
  const about = isExchangeSessionError(error) && error.dwolla?.code === 'DuplicateResource' ? error.dwolla.about : undefined;
  const prefix = `${client.baseUrl.replace(/\/$/, '')}/funding-sources/`;
  return about?.startsWith(prefix) && /^[\w-]+$/.test(about.slice(prefix.length)) ? about : undefined;
}
