import { ExchangeSessionError } from '../errors';
import { isJsonObject, linkHref, ownString } from '../backend/json';

/**
 * Dwolla's answer to a balance check whose bank login must be renewed: `400` with code
 * `UpdateCredentials` and `_links.about.href = …/exchanges/{id}/exchange-sessions`.
 */
export interface UpdateCredentialsBody {
  code: string;
  message?: string;
  _links: { about: { href: string } };
}

/** The exchange to re-authenticate: its id, its Dwolla URL, or Dwolla's `UpdateCredentials` body. */
export type ReauthenticationTarget = string | UpdateCredentialsBody;

const exchangePath = /\/exchanges\/([^/?#]+)(?:\/exchange-sessions)?\/?(?:[?#]|$)/;

/**
 * The exchange id in a {@link ReauthenticationTarget}.
 *
 * @throws {@link ExchangeSessionError} `configuration` for a body that is not `UpdateCredentials`,
 * a URL that is not an exchange's, or an empty id.
 */
export function exchangeIdToReauthenticate(target: ReauthenticationTarget): string {
  const reference = typeof target === 'string' ? target.trim() : aboutHref(target);
  const isUrl = /^https?:\/\//i.test(reference);
  const id = isUrl ? exchangePath.exec(reference)?.[1] : reference;
  if (!id || id === '.' || id === '..' || id.includes('/')) {
    throw new ExchangeSessionError('configuration', `Cannot re-authenticate "${reference}": expected an exchange id, its URL, or Dwolla's UpdateCredentials body.`);
  }
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

function aboutHref(body: unknown): string {
  const href = isJsonObject(body) ? linkHref(body, 'about') : undefined;
  if (!isJsonObject(body) || ownString(body, 'code') !== 'UpdateCredentials' || !href) {
    throw new ExchangeSessionError('configuration', 'Cannot re-authenticate: the Dwolla body is not an UpdateCredentials error with _links.about.href.');
  }
  return href;
}
