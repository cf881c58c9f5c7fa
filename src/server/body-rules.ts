import type { DwollaErrorDetail } from '../core/backend/dwolla-error-body';
import { ownField, type JsonObject } from '../core/backend/json';
import { isExchangePartner, type ExchangePartner } from '../core/session/session';

// The longest string a body field may hold: longer than any token, name or URL these routes take.
const maxFieldLength = 2048;

/** A body read strictly: its value, or every problem found, in Dwolla's `_embedded.errors` shape. */
export type BodyReading<T> = { value: T } | { problems: DwollaErrorDetail[] };

/**
 * `field` of `object`: a non-empty string of at most `maxLength` characters (UTF-16 code units, so
 * never more than Dwolla counts), 2,048 unless told; a problem otherwise.
 */
export function text(object: JsonObject, field: string, path: string, problems: DwollaErrorDetail[], maxLength = maxFieldLength): string | undefined {
  const value = ownField(object, field);
  if (typeof value === 'string' && value.trim() !== '' && value.length <= maxLength) return value;
  if (value === undefined) problems.push(required(path, field));
  else if (typeof value === 'string' && value.length > maxLength) problems.push(invalid(`${path}/${field}`, `${field} must be at most ${String(maxLength)} characters.`));
  else problems.push(invalid(`${path}/${field}`, `${field} must be a non-empty string.`));
  return undefined;
}

/** `field` of `object`: two capital letters (a US state, an ISO 3166-1 country code); a problem otherwise. */
export function twoLetterCode(object: JsonObject, field: string, path: string, problems: DwollaErrorDetail[]): string | undefined {
  const value = text(object, field, path, problems);
  if (value === undefined || /^[A-Z]{2}$/.test(value)) return value;
  problems.push(invalid(`${path}/${field}`, `${field} must be a two-letter code in capitals, such as US.`));
  return undefined;
}

/** The body's `partner`: one this library runs; a problem otherwise. */
export function partnerField(body: JsonObject, problems: DwollaErrorDetail[]): ExchangePartner | undefined {
  const partner = ownField(body, 'partner');
  if (isExchangePartner(partner)) return partner;
  problems.push(partner === undefined ? required('', 'partner') : invalid('/partner', 'partner must be "mx", "plaid" or "checkout".'));
  return undefined;
}

/** A `NotAllowed` problem for each field of `object` not in `allowed`, saying `why`. */
export function onlyFields(object: JsonObject, allowed: readonly string[], path: string, why: string, problems: DwollaErrorDetail[]): void {
  for (const field of Object.keys(object)) {
    if (!allowed.includes(field)) problems.push({ code: 'NotAllowed', message: `${field} is not allowed: ${why}.`, path: `${path}/${field}` });
  }
}

/** A `Required` problem: `field` is missing at `path`. */
export function required(path: string, field: string): DwollaErrorDetail {
  return { code: 'Required', message: `${field} is required.`, path: `${path}/${field}` };
}

/** An `Invalid` problem at `path` (the body itself when empty). */
export function invalid(path: string, message: string): DwollaErrorDetail {
  return { code: 'Invalid', message, path: path || '/' };
}
