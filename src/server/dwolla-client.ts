import { ExchangeSessionError } from '../core/errors';
import { errorForHttpStatus } from '../core/http-error';
import { notJson, parseJsonText } from '../core/json';
import { createAccessTokenSource, type DwollaCredentials } from './access-token';

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
}

/** A minimal Dwolla API client: OAuth client credentials with a cached token, HAL JSON, typed errors. */
export interface DwollaClient {
  readonly environment: DwollaEnvironment;
  /** The API's base URL, which every `_links` href of this client starts with. */
  readonly baseUrl: string;
  /**
   * Sends a request with a valid access token (renewed once on a 401).
   *
   * @throws `ExchangeSessionError` with the status's code and Dwolla's error body in `dwolla`;
   * `network` when Dwolla cannot be reached. Messages never contain credentials or tokens.
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
  const base = (baseUrl ?? hosts[environment]).replace(/\/+$/, '');
  const tokens = createAccessTokenSource(`${base}/token`, { key, secret }, fetchImpl);

  async function send({ method, path, body }: DwollaRequest, token: string): Promise<Response> {
    const url = path.startsWith('https://') || path.startsWith('http://') ? path : `${base}${path}`;
    if (!url.startsWith(`${base}/`)) {
      throw new ExchangeSessionError('configuration', `Refused to send the Dwolla token to ${new URL(url).origin}.`);
    }
    try {
      return await fetchImpl(url, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: halJson,
          ...(body === undefined ? {} : { 'Content-Type': halJson }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ExchangeSessionError('network', `Dwolla could not be reached for ${method} ${new URL(url).pathname}.`, { cause });
    }
  }

  return {
    environment,
    baseUrl: base,
    async request(request) {
      let token = await tokens.get();
      let response = await send(request, token);
      if (response.status === 401) {
        await tokens.invalidate(token);
        token = await tokens.get();
        response = await send(request, token);
      }
      const text = await response.text();
      const json = text === '' ? undefined : parseJsonText(text);
      if (!response.ok) {
        throw errorForHttpStatus(response.status, json, { source: 'Dwolla', about: `for ${request.method} ${pathOf(request.path, base)}` });
      }
      if (json === notJson) {
        throw new ExchangeSessionError('invalidResponse', `Dwolla answered ${request.method} ${pathOf(request.path, base)} with a body that is not JSON.`);
      }
      return { status: response.status, location: response.headers.get('location'), body: json };
    },
  };
}

function pathOf(path: string, base: string): string {
  return path.startsWith(base) ? path.slice(base.length) : path;
}
