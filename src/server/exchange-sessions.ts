import { exchangeIdToReauthenticate, type ReauthenticationTarget } from '../core/session/reauth-target';
import { normalizeExchangeSessionId } from '../core/session/session-id';
import type { ExchangePartner } from '../core/session/session';
import type { DwollaClient } from './dwolla-client';
import { findExchangePartner } from './exchange-partners';
import { createdResource, dwollaPath, type CreatedResource } from './resource';

/**
 * Dwolla's `GET /exchange-sessions/{id}` body, unchanged: what `useExchangeSession` expects from
 * your endpoint. The id may be Dwolla's resource URL.
 */
export async function retrieveExchangeSession(client: DwollaClient, sessionIdOrUrl: string): Promise<unknown> {
  const id = normalizeExchangeSessionId(sessionIdOrUrl);
  return (await client.request({ method: 'GET', path: dwollaPath`/exchange-sessions/${id}` })).body;
}

/** Options of {@link createExchangeSession}. */
export interface CreateExchangeSessionOptions {
  customerId: string;
  /** `'mx'`, `'plaid'`, `'checkout'`, or another partner by Dwolla's name. */
  partner: ExchangePartner | (string & {});
  /** Where the partner returns the user; web flows need none, Plaid's mobile flows do. */
  redirectUrl?: string;
}

/**
 * Creates an exchange session for a customer with a partner (resolved through
 * `GET /exchange-partners`); returns the new session's id and URL from the `Location` header.
 */
export async function createExchangeSession(
  client: DwollaClient,
  { customerId, partner, redirectUrl }: CreateExchangeSessionOptions,
): Promise<CreatedResource> {
  const { href } = await findExchangePartner(client, partner);
  const response = await client.request({
    method: 'POST',
    path: dwollaPath`/customers/${customerId}/exchange-sessions`,
    body: { _links: { 'exchange-partner': { href }, ...(redirectUrl && { 'redirect-url': { href: redirectUrl } }) } },
  });
  return createdResource(response, 'the exchange session');
}

/**
 * Creates a re-authentication session for an existing exchange (after Dwolla answered a balance
 * check with `UpdateCredentials`): `POST /exchanges/{id}/exchange-sessions`. The exchange is its
 * id, its URL, or the `UpdateCredentials` body itself (whose `_links.about.href` is that very path).
 *
 * @throws {@link ExchangeSessionError} `configuration` when it names no exchange.
 */
export async function createReauthExchangeSession(client: DwollaClient, exchange: ReauthenticationTarget): Promise<CreatedResource> {
  const exchangeId = exchangeIdToReauthenticate(exchange);
  const response = await client.request({ method: 'POST', path: dwollaPath`/exchanges/${exchangeId}/exchange-sessions`, body: {} });
  return createdResource(response, 'the re-authentication session');
}
