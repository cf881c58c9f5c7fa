import type { DwollaErrorDetail } from '../core/backend/dwolla-error-body';
import { isJsonObject, ownField, type JsonObject } from '../core/backend/json';
import type { ExchangePartner } from '../core/session/session';
import { invalid, onlyFields, partnerField, text, type BodyReading } from './body-rules';
import { isSafeExchangeId } from './handler-request';

/** A valid body of `POST {basePath}`: a session with a partner (and an allowed redirect URL), or a re-authentication. */
export type CreateSessionBody = { partner: ExchangePartner; redirectUrl?: string } | { exchangeId: string };

/** What the handler takes in a create body besides `partner`: from its options. */
export interface CreateBodyRules {
  /** Whether `{ "exchangeId" }` is taken (the handler has `authorizeExchange`). */
  reauthentication: boolean;
  /** The only values `redirectUrl` may have; none when empty. */
  redirectUrls: readonly string[];
}

/**
 * Reads the body of `POST {basePath}` strictly: `{ partner, redirectUrl? }` or `{ exchangeId }`,
 * no other field; every problem in Dwolla's `_embedded.errors` shape.
 */
export function readCreateSessionBody(body: unknown, rules: CreateBodyRules): BodyReading<CreateSessionBody> {
  if (!isJsonObject(body)) return { problems: [invalid('', 'The body must be a JSON object.')] };
  const problems: DwollaErrorDetail[] = [];
  if (ownField(body, 'exchangeId') === undefined || ownField(body, 'partner') !== undefined) return readPartnerBody(body, rules, problems);
  if (!rules.reauthentication) return { problems: [invalid('/exchangeId', 'exchangeId is not taken: this backend does not re-authenticate exchanges.')] };
  onlyFields(body, ['exchangeId'], '', 'a re-authentication takes exchangeId alone', problems);
  const exchangeId = text(body, 'exchangeId', '', problems);
  if (exchangeId !== undefined && !isSafeExchangeId(exchangeId)) problems.push(invalid('/exchangeId', 'exchangeId must be an exchange id.'));
  return exchangeId === undefined || problems.length > 0 ? { problems } : { value: { exchangeId } };
}

function readPartnerBody(body: JsonObject, { redirectUrls }: CreateBodyRules, problems: DwollaErrorDetail[]): BodyReading<CreateSessionBody> {
  const fields = redirectUrls.length > 0 ? ['partner', 'redirectUrl'] : ['partner'];
  onlyFields(body, fields, '', redirectUrls.length > 0 ? 'a session takes partner and redirectUrl' : 'a session takes partner (this backend allows no redirectUrl)', problems);
  const partner = partnerField(body, problems);
  const given = redirectUrls.length > 0 && ownField(body, 'redirectUrl') !== undefined;
  const redirectUrl = given ? text(body, 'redirectUrl', '', problems) : undefined;
  if (redirectUrl !== undefined && !redirectUrls.includes(redirectUrl)) problems.push(invalid('/redirectUrl', 'redirectUrl must be one of the redirect URLs this backend allows.'));
  if (!partner || problems.length > 0) return { problems };
  return { value: redirectUrl === undefined ? { partner } : { partner, redirectUrl } };
}
