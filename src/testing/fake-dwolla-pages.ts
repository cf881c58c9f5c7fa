import { halAnswer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { halLink } from './hal-link';

/** A list to answer page by page: where it is, its `_embedded` key, the `resource-type` of its links, and every item. */
export interface FakeDwollaList {
  path: string;
  key: string;
  resourceType: string;
  items: readonly unknown[];
}

/**
 * The page of `list` that `limit` and `offset` ask for (the fake's page size and `0` by default),
 * as Dwolla answers a list: `_embedded[key]`, `total`, `_links.self`, and `_links.next` while more
 * items follow, with the request's other parameters kept.
 */
export function pagedAnswer({ baseUrl, pageSize }: FakeDwollaContext, query: URLSearchParams, { path, key, resourceType, items }: FakeDwollaList): FakeDwollaAnswer {
  const limit = count(query.get('limit'), 1) ?? pageSize;
  const offset = count(query.get('offset'), 0) ?? 0;
  const url = (params: URLSearchParams) => `${baseUrl}${path}${params.size > 0 ? `?${params.toString()}` : ''}`;
  const next = new URLSearchParams(query);
  next.set('limit', String(limit));
  next.set('offset', String(offset + limit));
  const links = { self: halLink(url(query), resourceType), ...(offset + limit < items.length && { next: halLink(url(next), resourceType) }) };
  return halAnswer(200, { _links: links, _embedded: { [key]: items.slice(offset, offset + limit) }, total: items.length });
}

/** A whole number of at least `least` in a query parameter; `undefined` otherwise. */
function count(value: string | null, least: number): number | undefined {
  const number = value === null || !/^\d{1,6}$/.test(value) ? Number.NaN : Number(value);
  return number >= least ? number : undefined;
}
