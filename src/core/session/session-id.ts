import { ExchangeSessionError } from '../errors';

const resourcePath = /\/exchange-sessions\/([^/?#]+)\/?(?:[?#]|$)/;

/**
 * Turns what the app holds into a bare session id: either the id itself or the resource URL from
 * Dwolla's `Location` header (`https://api.dwolla.com/exchange-sessions/{id}`).
 *
 * @throws {@link ExchangeSessionError} `invalidSessionId` for an empty id, a URL that is not an
 * exchange session's, or a dot segment, which would change the path of the request it is put into.
 */
export function normalizeExchangeSessionId(idOrUrl: string): string {
  const trimmed = idOrUrl.trim();
  const isUrl = /^https?:\/\//i.test(trimmed);
  const fromUrl = isUrl ? resourcePath.exec(trimmed)?.[1] : undefined;
  const id = fromUrl === undefined ? (isUrl ? '' : trimmed) : safeDecode(fromUrl);
  if (id === '' || id === '.' || id === '..') {
    throw new ExchangeSessionError('invalidSessionId', `"${idOrUrl}" is not an exchange session id or URL.`);
  }
  return id;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

