import type { ExchangeSessionCreateRequest } from '../core/create-session';
import { isJsonObject, ownField } from '../core/json';
import { isExchangePartner } from '../core/session';
import { normalizeExchangeSessionId } from '../core/session-id';

/** The route a path names: the collection, or a session (`segment` is its raw id) and a sub-resource. */
export type HandlerRoute =
  | { name: 'collection' }
  | { name: 'session' | 'availableConnections' | 'exchange'; segment: string };

const subResources: Record<string, 'availableConnections' | 'exchange'> = {
  'available-connections': 'availableConnections',
  exchange: 'exchange',
};

/** The route of `pathname` under `collection`; `undefined` for any other path. */
export function matchRoute(pathname: string, collection: string): HandlerRoute | undefined {
  if (pathname === collection) return { name: 'collection' };
  if (!pathname.startsWith(`${collection}/`)) return undefined;
  const [segment = '', sub, ...rest] = pathname.slice(collection.length + 1).split('/');
  if (rest.length > 0) return undefined;
  if (sub === undefined) return { name: 'session', segment };
  const name = Object.prototype.hasOwnProperty.call(subResources, sub) ? subResources[sub] : undefined;
  return name && { name, segment };
}

/** The session id in a path segment; `undefined` when it is empty, malformed or a dot segment. */
export function readSessionId(segment: string): string | undefined {
  try {
    const id = normalizeExchangeSessionId(decodeURIComponent(segment));
    return id.includes('/') ? undefined : id;
  } catch {
    return undefined;
  }
}

/** Whether `id` can be put in a Dwolla path as one segment: not empty, no `/`, no dot segment. */
export function isSafeExchangeId(id: string): boolean {
  return id !== '' && id === id.trim() && !id.includes('/') && id !== '.' && id !== '..';
}

/**
 * The body of `POST {basePath}`: `{ "partner": … }` with a partner this library runs, or
 * `{ "exchangeId": "…" }` (checked later, by {@link isSafeExchangeId}); `undefined` for anything
 * else, including both at once.
 */
export function readCreateRequest(body: unknown): ExchangeSessionCreateRequest | undefined {
  if (!isJsonObject(body)) return undefined;
  const partner = ownField(body, 'partner');
  const exchangeId = ownField(body, 'exchangeId');
  if (partner !== undefined) return exchangeId === undefined && isExchangePartner(partner) ? { partner } : undefined;
  return typeof exchangeId === 'string' ? { exchangeId } : undefined;
}

/** The request's JSON body; `undefined` when it has none or it is not JSON. */
export function readJsonBody(request: Request): Promise<unknown> {
  return request.json().catch(() => undefined);
}
