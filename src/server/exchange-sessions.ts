import { exchangeIdToReauthenticate, type ReauthenticationTarget } from '../core/session/reauth-target';
import { normalizeExchangeSessionId } from '../core/session/session-id';
import type { ExchangePartner } from '../core/session/session';
import type { DwollaClient } from './dwolla-client';
import { findExchangePartner } from './exchange-partners';
import { derivedIdempotencyKey } from './idempotency-key';
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
  /**
   * The key of one creation, sent again when its answer was lost (the browser's `Idempotency-Key`
   * of one click): the same key for the same customer and partner answers the session the first
   * request created. Without it, each call creates a new session.
   */
  idempotencyKey?: string;
}

/** Options of {@link createReauthExchangeSession}, as for a new session. */
export type CreateReauthExchangeSessionOptions = Pick<CreateExchangeSessionOptions, 'redirectUrl' | 'idempotencyKey'>;

/**
 * Creates an exchange session for a customer with a partner (resolved through
 * `GET /exchange-partners`); returns the new session's id and URL from the `Location` header.
 */
export async function createExchangeSession(
  client: DwollaClient,
  { customerId, partner, redirectUrl, idempotencyKey }: CreateExchangeSessionOptions,
): Promise<CreatedResource> {
  const { href } = await findExchangePartner(client, partner);
  const path = dwollaPath`/customers/${customerId}/exchange-sessions`;
  const body = { _links: { 'exchange-partner': { href }, ...redirectLink(redirectUrl) } };
  return createdResource(await postCreation(client, path, body, idempotencyKey), 'the exchange session');
}

/**
 * Creates a re-authentication session for an existing exchange (after Dwolla answered a balance
 * check with `UpdateCredentials`): `POST /exchanges/{id}/exchange-sessions`. The exchange is its
 * id, its URL, or the `UpdateCredentials` body itself (whose `_links.about.href` is that very path).
 *
 * @throws {@link ExchangeSessionError} `configuration` when it names no exchange.
 */
export async function createReauthExchangeSession(
  client: DwollaClient,
  exchange: ReauthenticationTarget,
  { redirectUrl, idempotencyKey }: CreateReauthExchangeSessionOptions = {},
): Promise<CreatedResource> {
  const exchangeId = exchangeIdToReauthenticate(exchange);
  const path = dwollaPath`/exchanges/${exchangeId}/exchange-sessions`;
  const body = redirectUrl ? { _links: redirectLink(redirectUrl) } : {};
  return createdResource(await postCreation(client, path, body, idempotencyKey), 'the re-authentication session');
}

function redirectLink(redirectUrl: string | undefined) {
  return redirectUrl ? { 'redirect-url': { href: redirectUrl } } : {};
}

/** A session's creation: with the caller's key bound to the path and body, or a random key. */
async function postCreation(client: DwollaClient, path: string, body: object, key: string | undefined) {
  return client.request({ method: 'POST', path, body, ...(key !== undefined && { idempotencyKey: await derivedIdempotencyKey(path, body, key) }) });
}
