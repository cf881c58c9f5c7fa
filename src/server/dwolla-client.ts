import { ExchangeSessionError } from '../core/errors';
import { errorForHttpStatus } from '../core/backend/http-error';
import { notJson, parseJsonText } from '../core/backend/json';
import { readDwollaErrorBody } from '../core/backend/dwolla-error-body';
import { createAccessTokenSource, isAccessTokenError, type DwollaCredentials } from './access-token';

/** Which Dwolla API to talk to. */
export type DwollaEnvironment = 'sandbox' | 'production';

const hosts: Record<DwollaEnvironment, string> = {
  sandbox: 'https://api-sandbox.dwolla.com',
  production: 'https://api.dwolla.com',
};

const halJson = 'application/vnd.dwolla.v1.hal+json';

/** Options of {@link createDwollaClient}. */
export interface DwollaClientOptions extends DwollaCredentials {
  environment: DwollaEnvironment;
  /** Overrides the environment's host, for a local fake of Dwolla's API in tests. */
  baseUrl?: string;
  /** The `fetch` to use; the global one by default. */
  fetch?: typeof fetch;
}

/** One answer of Dwolla's API: the status, the `Location` header of a `201`, and the parsed body. */
export interface DwollaResponse {
  status: number;
  location: string | null;
  body: unknown;
}

/** A request to Dwolla's API: an `href` (from a HAL link) or a path such as `/exchange-partners`. */
export interface DwollaRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** The `Idempotency-Key` of a `POST`; a random UUID when not given. */
  idempotencyKey?: string;
}

/** A minimal Dwolla API client: OAuth client credentials with a cached token, HAL JSON, typed errors. */
export interface DwollaClient {
  readonly environment: DwollaEnvironment;
  /** The API's base URL, which every `_links` href of this client starts with. */
  readonly baseUrl: string;
  /**
   * Sends a request with a valid access token, renewed and the request sent again once when Dwolla
   * refuses the token (`ExpiredAccessToken`, `InvalidAccessToken`); every `POST` carries an
   * `Idempotency-Key` (the request's own, or a random one), the same on that second send, so
   * Dwolla creates at most one resource.
   *
   * @throws `ExchangeSessionError` with the status's code and Dwolla's error body in `dwolla`;
   * `network` when Dwolla cannot be reached; `configuration` for a path that is not Dwolla's.
   * Messages never contain credentials or tokens.
   */
  request(request: DwollaRequest): Promise<DwollaResponse>;
}

/**
 * Creates a Dwolla API client for the server. Keep one per process: it caches the access token.
 *
 * @example
 * ```ts
 * const dwolla = createDwollaClient({ key: process.env.DWOLLA_KEY!, secret: process.env.DWOLLA_SECRET!, environment: 'sandbox' });
 * ```
 */
export function createDwollaClient({ key, secret, environment, baseUrl, fetch: fetchImpl = fetch }: DwollaClientOptions): DwollaClient {
  const base = dwollaBaseUrl(environment, baseUrl);
  const tokens = createAccessTokenSource(`${base}/token`, { key, secret }, fetchImpl);

  async function send({ method, path, body }: DwollaRequest, url: string, token: string, idempotencyKey: string | undefined): Promise<Answer> {
    try {
      const response = await fetchImpl(url, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: halJson,
          ...(body === undefined ? {} : { 'Content-Type': halJson }),
          ...(idempotencyKey && { 'Idempotency-Key': idempotencyKey }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { response, json: text === '' ? undefined : parseJsonText(text) };
    } catch (cause) {
      throw new ExchangeSessionError('network', `Dwolla could not be reached for ${method} ${pathOf(path, base)}.`, { cause });
    }
  }

  return {
    environment,
    baseUrl: base,
    async request(request) {
      const url = dwollaUrl(base, request.path);
      // One key for the request and its re-send with a new token: Dwolla then creates it at most once.
      const idempotencyKey = request.method === 'POST' ? (request.idempotencyKey ?? crypto.randomUUID()) : undefined;
      let token = await tokens.get();
      let { response, json } = await send(request, url, token, idempotencyKey);
      if (response.status === 401 && isAccessTokenError(readDwollaErrorBody(json))) {
        await tokens.invalidate(token);
        token = await tokens.get();
        ({ response, json } = await send(request, url, token, idempotencyKey));
      }
      const about = `${request.method} ${pathOf(request.path, base)}`;
      if (!response.ok) throw errorForHttpStatus(response.status, json, { source: 'Dwolla', about: `for ${about}` });
      if (json === notJson) throw new ExchangeSessionError('invalidResponse', `Dwolla answered ${about} with a body that is not JSON.`);
      return { status: response.status, location: response.headers.get('location'), body: json };
    },
  };
}

interface Answer {
  response: Response;
  json: unknown;
}

/** The API's base URL: the environment's host, or `baseUrl` (a local fake's), without a trailing `/`. */
export function dwollaBaseUrl(environment: DwollaEnvironment, baseUrl?: string): string {
  return (baseUrl ?? hosts[environment]).replace(/\/+$/, '');
}

/**
 * The URL of `path` (a path, or an `href` of one of Dwolla's links), exactly as written: it must
 * be `base`'s, and a URL parser must keep it unchanged (no dot segment, space or bad escape).
 */
export function dwollaUrl(base: string, path: string): string {
  const url = /^https?:\/\//i.test(path) ? path : `${base}${path}`;
  if (url.startsWith(`${base}/`) && URL.canParse(url) && new URL(url).href === url) return url;
  throw new ExchangeSessionError('configuration', `Refused to send the Dwolla token with "${path}": not a path or URL of ${base}.`);
}

/** `path` without `base`: what a message names, never a host. */
export function pathOf(path: string, base: string): string {
  return path.startsWith(base) ? path.slice(base.length) : path;
}
