import type { DwollaErrorBody } from '../core/backend/dwolla-error-body';
import { ExchangeSessionError } from '../core/errors';
import { errorForHttpStatus } from '../core/backend/http-error';
import { isJsonObject, ownField, ownString, parseJsonText } from '../core/backend/json';

/** Your Dwolla application's credentials (server-side only). */
export interface DwollaCredentials {
  key: string;
  secret: string;
}

/** Dwolla's errors about the access token itself: only these are cured by a new token. */
const accessTokenErrors: ReadonlySet<string> = new Set(['ExpiredAccessToken', 'InvalidAccessToken']);

/**
 * Whether Dwolla's error body refuses the access token itself (`ExpiredAccessToken`,
 * `InvalidAccessToken`), unlike an application's 401 such as `InvalidExchangeToken`.
 */
export function isAccessTokenError(body: DwollaErrorBody | undefined): boolean {
  return body !== undefined && accessTokenErrors.has(body.code);
}

/** Renew this long before Dwolla says the token expires, so a request never carries a dying token. */
const expiryMarginMs = 60_000;

/**
 * Dwolla's client-credentials token, fetched on first use, cached until shortly before it
 * expires, shared by concurrent requests, and dropped on demand (a 401) so the next use refetches.
 */
export function createAccessTokenSource(tokenUrl: string, { key, secret }: DwollaCredentials, fetchImpl: typeof fetch) {
  let cached: { token: Promise<string>; expiresAt: number } | undefined;
  const authorization = `Basic ${btoa(`${key}:${secret}`)}`;

  async function requestToken(): Promise<{ token: string; expiresInMs: number }> {
    const response = await fetchImpl(tokenUrl, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: 'grant_type=client_credentials',
    }).catch((cause: unknown) => {
      throw new ExchangeSessionError('network', 'Dwolla could not be reached for the access token.', { cause });
    });
    const json = parseJsonText(await response.text());
    if (!response.ok) throw errorForHttpStatus(response.status, json, { source: 'Dwolla', about: 'for the access token' });
    const token = isJsonObject(json) ? ownString(json, 'access_token') : undefined;
    const expiresIn = isJsonObject(json) ? ownField(json, 'expires_in') : undefined;
    if (!token || typeof expiresIn !== 'number') {
      throw new ExchangeSessionError('invalidResponse', 'Dwolla answered the token request without access_token and expires_in.');
    }
    return { token, expiresInMs: expiresIn * 1000 };
  }

  return {
    get(now = Date.now()): Promise<string> {
      if (cached && now < cached.expiresAt) return cached.token;
      const pending = requestToken();
      const entry = { token: pending.then(({ token }) => token), expiresAt: Number.POSITIVE_INFINITY };
      cached = entry;
      pending.then(
        ({ expiresInMs }) => {
          entry.expiresAt = now + expiresInMs - expiryMarginMs;
        },
        () => {
          if (cached === entry) cached = undefined;
        },
      );
      return entry.token;
    },
    /** Forgets `token` if it is still the cached one (another request may have renewed it already). */
    async invalidate(token: string): Promise<void> {
      const entry = cached;
      if (entry && (await entry.token.catch(() => undefined)) === token && cached === entry) cached = undefined;
    },
  };
}
