import { ExchangeSessionError } from '../core/errors';
import type { DwollaResponse } from './dwolla-client';

/** A Dwolla resource created by a `201`: its URL (`Location`) and the id at its end. */
export interface CreatedResource {
  id: string;
  href: string;
}

/** The resource a `201 Created` points to with its `Location` header. */
export function createdResource(response: DwollaResponse, what: string): CreatedResource {
  const id = response.location?.split('/').filter(Boolean).pop();
  if (!response.location || !id) {
    throw new ExchangeSessionError('invalidResponse', `Dwolla created ${what} without a Location header.`);
  }
  return { id: decodeURIComponent(id), href: response.location };
}

/** A path with each interpolated value URL-encoded: `dwollaPath\`/customers/${id}/exchanges\``. */
export function dwollaPath(strings: TemplateStringsArray, ...values: string[]): string {
  return String.raw({ raw: strings }, ...values.map(encodeURIComponent));
}
