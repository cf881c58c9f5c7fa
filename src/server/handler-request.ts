import { ExchangeSessionError } from '../core/errors';
import { normalizeExchangeSessionId } from '../core/session/session-id';

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
 * The check of `allowedOrigins`: whether a request may be served, by its `Origin` header.
 *
 * @throws {@link ExchangeSessionError} `configuration` for an entry that is not an origin.
 */
export function originCheck(allowedOrigins: readonly string[] | undefined): (request: Request) => boolean {
  if (!allowedOrigins) return () => true;
  const allowed = new Set(
    allowedOrigins.map((origin) => {
      const url = URL.canParse(origin) ? new URL(origin) : undefined;
      if (url?.origin === 'null' || url?.origin !== origin.replace(/\/$/, '')) {
        throw new ExchangeSessionError('configuration', `createExchangeSessionHandler: allowedOrigins takes origins such as https://app.example, not "${origin}".`);
      }
      return url.origin;
    }),
  );
  return (request) => {
    const origin = request.headers.get('origin');
    return origin === null || allowed.has(origin);
  };
}

/** Only `true` lets a request through: the app's checks deny by default, whatever they return. */
export function isTrue(answer: unknown): boolean {
  return answer === true;
}
