import { isJsonObject, ownObject, ownString } from '../core/backend/json';
import type { ExchangePartner } from '../core/session/session';
import {
  createdAnswer,
  errorAnswer,
  halAnswer,
  invalidLink,
  notFoundAnswer,
  validationAnswer,
  type FakeDwollaAnswer,
  type FakeDwollaContext,
} from './fake-dwolla-answers';
import { mxConnectUrl } from './fake-dwolla-mx-connect';
import { creationPartner } from './fake-dwolla-partners';
import { newFakeId } from './fake-dwolla-state';
import { exchangeSessionFixture } from './fixtures';

/** Adds a session of `partner` for `customerId` (renewing `exchangeId`'s connection), created now by the fake's clock; returns its id. */
export function addFakeSession({ state, now }: FakeDwollaContext, partner: ExchangePartner, customerId: string, exchangeId?: string): string {
  const id = newFakeId(state);
  state.sessions.set(id, { partner, customerId, ...(exchangeId !== undefined && { exchangeId }) });
  state.created.set(id, now().toISOString());
  return id;
}

/** `POST /customers/{id}/exchange-sessions`: a session with a partner that has them, and a `redirect-url` if one is given. */
export function createSessionAnswer(context: FakeDwollaContext, customerId: string, body: unknown): FakeDwollaAnswer {
  const named = creationPartner(context, customerId, body);
  if ('refused' in named) return named.refused;
  if (hasBlankRedirectUrl(body)) return validationAnswer([invalidLink('redirect-url')]);
  return createdAnswer(context.baseUrl, 'exchange-sessions', addFakeSession(context, named.partner, customerId));
}

/** `GET /exchange-sessions/{id}`: the session as Dwolla shapes it for its partner, `created` as when it was made. */
export function retrieveSessionAnswer(context: FakeDwollaContext, id: string): FakeDwollaAnswer {
  const session = context.state.sessions.get(id);
  // Dwolla's own casing for this route's 404 (its other routes say NotFound).
  if (!session) return errorAnswer(404, 'notFound', 'Exchange session not found.');
  return halAnswer(200, sessionBody(context, id, session.partner));
}

/** `POST /exchanges/{id}/exchange-sessions`: a re-authentication session for the exchange's partner and customer. */
export function createReauthSessionAnswer(context: FakeDwollaContext, exchangeId: string): FakeDwollaAnswer {
  const exchange = context.state.exchanges.get(exchangeId);
  if (!exchange) return notFoundAnswer('Exchange not found.');
  return createdAnswer(context.baseUrl, 'exchange-sessions', addFakeSession(context, exchange.partner, exchange.customerId, exchangeId));
}

function sessionBody(context: FakeDwollaContext, id: string, partner: ExchangePartner): Record<string, unknown> {
  const fixture = exchangeSessionFixture(partner, { id, created: context.state.created.get(id), mxUrl: mxConnectUrl(context, id) });
  const body = JSON.parse(JSON.stringify(fixture).replaceAll('https://api-sandbox.dwolla.com', context.baseUrl)) as Record<string, unknown>;
  // Dwolla has Plaid make a link token for each session.
  return partner === 'plaid' ? { ...body, externalProviderSessionToken: `link-sandbox-${id}` } : body;
}

/** A `redirect-url` link that is there but names nothing: Dwolla refuses it as invalid. */
function hasBlankRedirectUrl(body: unknown): boolean {
  const links = isJsonObject(body) ? ownObject(body, '_links') : undefined;
  if (!links || !Object.hasOwn(links, 'redirect-url')) return false;
  const link = ownObject(links, 'redirect-url');
  return !(link && ownString(link, 'href')?.trim());
}
