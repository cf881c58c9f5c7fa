import { ExchangeSessionError } from '../errors';
import { isJsonObject, linkHref, ownField, ownObject, ownString, type JsonObject } from '../backend/json';
import { normalizeExchangeSessionId } from './session-id';
import type { CheckoutPaymentSession, ExchangePartner, ExchangeSession } from './session';

/**
 * Validates Dwolla's `GET /exchange-sessions/{id}` response into a typed {@link ExchangeSession}.
 * The partner is read from the response's shape: MX has `_links["external-provider-session"]`,
 * Plaid `externalProviderSessionToken`, Checkout.com `externalProviderSessionData`.
 *
 * @param json - the parsed response body.
 * @param requestedId - the id that was asked for; used when the body has no `_links.self.href`.
 * @throws {@link ExchangeSessionError} `invalidResponse` for a malformed body, or a body with more
 * than one partner's fields; `unsupportedPartner` for a well-formed body with none of them.
 */
export function parseExchangeSession(json: unknown, requestedId?: string): ExchangeSession {
  // `field` names what is missing or mistyped, as a path into Dwolla's response.
  const invalid = (field: string) =>
    new ExchangeSessionError('invalidResponse', `The exchange session response has no valid ${field}.`, { sessionId: requestedId });

  if (!isJsonObject(json)) throw invalid('JSON object');
  const links = ownObject(json, '_links');
  if (!links) throw invalid('_links');
  const created = ownString(json, 'created');
  if (created === undefined) throw invalid('created');
  const partnerHref = linkHref(json, 'exchange-partner');
  if (partnerHref === undefined) throw invalid('_links.exchange-partner.href');
  const id = idFromSelfLink(json) ?? requestedId;
  if (id === undefined) throw invalid('_links.self.href (and no id was requested)');

  const present = presentPartners(json, links);
  if (present.length > 1) throw invalid(`partner: it has the fields of ${present.join(' and ')}`);
  const partner = present[0];
  if (partner === undefined) {
    throw new ExchangeSessionError('unsupportedPartner', `Exchange session ${id} is not an MX, Plaid or Checkout.com session.`, { sessionId: id });
  }
  const base = { id, created, partnerHref };
  switch (partner) {
    case 'mx': {
      const url = linkHref(json, 'external-provider-session');
      if (!url) throw invalid('_links.external-provider-session.href');
      return { partner, ...base, url };
    }
    case 'plaid': {
      const linkToken = ownString(json, 'externalProviderSessionToken');
      if (!linkToken) throw invalid('externalProviderSessionToken');
      return { partner, ...base, linkToken };
    }
    case 'checkout': {
      const paymentSession = readPaymentSession(ownField(json, 'externalProviderSessionData'));
      if (!paymentSession) throw invalid('externalProviderSessionData');
      return { partner, ...base, paymentSession };
    }
  }
}

function presentPartners(json: JsonObject, links: JsonObject): ExchangePartner[] {
  const isPresent = (value: unknown) => value !== undefined && value !== null;
  const found: Record<ExchangePartner, boolean> = {
    mx: isPresent(ownField(links, 'external-provider-session')),
    plaid: isPresent(ownField(json, 'externalProviderSessionToken')),
    checkout: isPresent(ownField(json, 'externalProviderSessionData')),
  };
  return (Object.keys(found) as ExchangePartner[]).filter((partner) => found[partner]);
}

function idFromSelfLink(json: JsonObject): string | undefined {
  const href = linkHref(json, 'self');
  if (href === undefined) return undefined;
  try {
    return normalizeExchangeSessionId(href);
  } catch {
    return undefined;
  }
}

function readPaymentSession(data: unknown): CheckoutPaymentSession | undefined {
  if (!isJsonObject(data)) return undefined;
  const id = ownString(data, 'id');
  const secret = ownString(data, 'payment_session_secret');
  const token = ownString(data, 'payment_session_token');
  if (!id || !secret || !token) return undefined;
  return { id, payment_session_secret: secret, payment_session_token: token };
}
