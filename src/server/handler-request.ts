
/**
 * The route a path names: the collection, a session (`segment` is its raw id) and a sub-resource,
 * the linked accounts, the removal of a funding source or a linked account reconnected (`segment`
 * is the funding source's or the exchange's raw id).
 */
export type HandlerRoute =
  | { name: 'collection' | 'linked' }
  | { name: 'session' | 'availableConnections' | 'exchange' | 'removeFundingSource' | 'reconnected'; segment: string };

const subResources: Record<string, 'availableConnections' | 'exchange'> = {
  'available-connections': 'availableConnections',
  exchange: 'exchange',
};

/** The route of `pathname` under `collection` (itself with or without a trailing `/`); `undefined` for any other path. */
export function matchRoute(pathname: string, collection: string): HandlerRoute | undefined {
  if (pathname === collection || pathname === `${collection}/`) return { name: 'collection' };
  if (!pathname.startsWith(`${collection}/`)) return undefined;
  const [segment = '', sub, ...rest] = pathname.slice(collection.length + 1).split('/');
  // Dwolla's session ids are UUIDs: `linked` is never one.
  if (segment === 'linked') return linkedRoute(sub, rest);
  if (rest.length > 0) return undefined;
  if (sub === undefined) return { name: 'session', segment };
  const name = Object.prototype.hasOwnProperty.call(subResources, sub) ? subResources[sub] : undefined;
  return name && { name, segment };
}

const linkedActions: Record<string, 'removeFundingSource' | 'reconnected'> = { remove: 'removeFundingSource', reconnected: 'reconnected' };

function linkedRoute(segment: string | undefined, rest: readonly string[]): HandlerRoute | undefined {
  if (segment === undefined) return { name: 'linked' };
  const [action = '', ...more] = rest;
  const name = more.length === 0 && Object.prototype.hasOwnProperty.call(linkedActions, action) ? linkedActions[action] : undefined;
  return name && { name, segment };
}

// Dwolla's ids are UUIDs: no id is longer, or has other characters than letters, digits and `-`.
const dwollaId = /^[0-9a-z][0-9a-z-]{0,35}$/i;

/** Whether `id` is shaped like one of Dwolla's ids (a UUID at most): safe as one segment of a Dwolla path. */
export function isDwollaId(id: string): boolean {
  return dwollaId.test(id);
}

/** The id in a path segment (a session's, a funding source's); `undefined` when it is not shaped like one of Dwolla's ids. */
export function readDwollaId(segment: string): string | undefined {
  return isDwollaId(segment) ? segment : undefined;
}

/** Only `true` lets a request through: the app's checks deny by default, whatever they return. */
export function isTrue(answer: unknown): boolean {
  return answer === true;
}
