import type { DwollaErrorDetail } from '../core/backend/dwolla-error-body';
import { isJsonObject, ownField, type JsonObject } from '../core/backend/json';
import type { ExchangePartner } from '../core/session/session';
import { invalid, onlyFields, partnerField, text, type BodyReading } from './body-rules';
import { isDwollaId } from './handler-request';

/** A valid body of `POST {basePath}`: a session with a partner, or a re-authentication; either with an allowed redirect URL. */
export type CreateSessionBody = { partner: ExchangePartner; redirectUrl?: string } | { exchangeId: string; redirectUrl?: string };

/** What the handler takes in a create body besides `partner`: from its options. */
export interface CreateBodyRules {
  /** Whether `{ "exchangeId" }` is taken (the handler has `authorizeExchange`). */
  reauthentication: boolean;
  /** The only values `redirectUrl` may have; none when empty. */
  redirectUrls: readonly string[];
}

/**
 * Reads the body of `POST {basePath}` strictly: `{ partner, redirectUrl? }` or
 * `{ exchangeId, redirectUrl? }` (`redirectUrl` only when the handler has `redirectUrls`), no
 * other field; every problem in Dwolla's `_embedded.errors` shape.
 */
export function readCreateSessionBody(body: unknown, rules: CreateBodyRules): BodyReading<CreateSessionBody> {
  if (!isJsonObject(body)) return { problems: [invalid('', 'The body must be a JSON object.')] };
  const problems: DwollaErrorDetail[] = [];
  if (ownField(body, 'exchangeId') === undefined || ownField(body, 'partner') !== undefined) return readPartnerBody(body, rules, problems);
  if (!rules.reauthentication) return { problems: [invalid('/exchangeId', 'exchangeId is not taken: this backend does not re-authenticate exchanges.')] };
  const redirects = rules.redirectUrls.length > 0;
  onlyFields(body, redirects ? ['exchangeId', 'redirectUrl'] : ['exchangeId'], '', redirects ? 'a re-authentication takes exchangeId and redirectUrl' : 'a re-authentication takes exchangeId alone', problems);
  const exchangeId = text(body, 'exchangeId', '', problems);
  if (exchangeId !== undefined && !isDwollaId(exchangeId)) problems.push(invalid('/exchangeId', 'exchangeId must be an exchange id.'));
  const redirectUrl = readRedirectUrl(body, rules, problems);
  if (exchangeId === undefined || problems.length > 0) return { problems };
  return { value: { exchangeId, ...(redirectUrl !== undefined && { redirectUrl }) } };
}

function readPartnerBody(body: JsonObject, rules: CreateBodyRules, problems: DwollaErrorDetail[]): BodyReading<CreateSessionBody> {
  const redirects = rules.redirectUrls.length > 0;
  onlyFields(body, redirects ? ['partner', 'redirectUrl'] : ['partner'], '', redirects ? 'a session takes partner and redirectUrl' : 'a session takes partner (this backend allows no redirectUrl)', problems);
  const partner = partnerField(body, problems);
  const redirectUrl = readRedirectUrl(body, rules, problems);
  if (!partner || problems.length > 0) return { problems };
  return { value: { partner, ...(redirectUrl !== undefined && { redirectUrl }) } };
}

/** The body's `redirectUrl`, when the handler takes one: one of its `redirectUrls`, or a problem. */
function readRedirectUrl(body: JsonObject, { redirectUrls }: CreateBodyRules, problems: DwollaErrorDetail[]): string | undefined {
  if (redirectUrls.length === 0 || ownField(body, 'redirectUrl') === undefined) return undefined;
  const redirectUrl = text(body, 'redirectUrl', '', problems);
  if (redirectUrl === undefined || redirectUrls.includes(redirectUrl)) return redirectUrl;
  problems.push(invalid('/redirectUrl', 'redirectUrl must be one of the redirect URLs this backend allows.'));
  return undefined;
}
