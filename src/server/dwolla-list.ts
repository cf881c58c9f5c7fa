import { ExchangeSessionError } from '../core/errors';
import { isJsonObject, linkHref, ownField, ownObject, type JsonObject } from '../core/backend/json';
import type { DwollaClient } from './dwolla-client';

// Pages read at the most (Dwolla lists 25 a page): a bound on a `next` that never ends.
const maxPages = 100;

/**
 * The items of one of Dwolla's lists, `_embedded[key]`, page by page: `GET path`, then each
 * `_links.next`, at most 100 pages. Stop iterating to read no further.
 *
 * @throws `ExchangeSessionError` `invalidResponse` for a page without `_embedded[key]`.
 */
export async function* dwollaListItems(client: DwollaClient, path: string, key: string): AsyncGenerator<JsonObject> {
  let next: string | undefined = path;
  for (let page = 0; next !== undefined && page < maxPages; page += 1) {
    const { body } = await client.request({ method: 'GET', path: next });
    const embedded = isJsonObject(body) ? ownObject(body, '_embedded') : undefined;
    const items = embedded ? ownField(embedded, key) : undefined;
    if (!Array.isArray(items)) throw new ExchangeSessionError('invalidResponse', `Dwolla listed ${key} without _embedded["${key}"].`);
    for (const item of items) if (isJsonObject(item)) yield item;
    next = isJsonObject(body) ? linkHref(body, 'next') : undefined;
  }
}

/** Every item of one of Dwolla's lists, every page read (see {@link dwollaListItems}). */
export async function allDwollaListItems(client: DwollaClient, path: string, key: string): Promise<JsonObject[]> {
  const items: JsonObject[] = [];
  for await (const item of dwollaListItems(client, path, key)) items.push(item);
  return items;
}
