import { ExchangeSessionError } from '../core/errors';
import { errorForHttpStatus } from '../core/backend/http-error';
import { isJsonObject } from '../core/backend/json';
import { dwollaBaseUrl, dwollaUrl, pathOf, type DwollaClient, type DwollaEnvironment, type DwollaRequest, type DwollaResponse } from './dwolla-client';

/**
 * One answer of a `dwolla-v2` client; also what it rejects with for a status of 400 or more (an
 * `Error` with these fields).
 */
export interface DwollaV2Response {
  status: number;
  headers: { get(name: string): string | null };
  /** The parsed JSON, or the text of a body that is not JSON. */
  body: unknown;
}

/**
 * The part of the official Node client, `dwolla-v2`'s `Client`, that this library uses: any object
 * of this shape will do (this library never imports `dwolla-v2`).
 */
export interface DwollaV2Client {
  get(path: string, query?: Record<string, string>, headers?: Record<string, string>): Promise<DwollaV2Response>;
  post(path: string, body?: object, headers?: Record<string, string>): Promise<DwollaV2Response>;
}

/** Options of {@link fromDwollaV2Client}. */
export interface DwollaV2ClientOptions {
  /** The `environment` the client was made with. */
  environment: DwollaEnvironment;
  /** The client's API URL when it is not the environment's (a local fake's, in tests). */
  baseUrl?: string;
}

/**
 * A {@link DwollaClient} that sends its requests through the official Node client you hold already
 * (`new Client({ key, secret, environment })` from `dwolla-v2`), so that one access token serves
 * your code and the handler. That client fetches and renews its token itself; every `POST` still
 * carries this library's `Idempotency-Key`, and errors are the same `ExchangeSessionError`s.
 *
 * @example
 * ```ts
 * import { Client } from 'dwolla-v2';
 * const client = new Client({ key: process.env.DWOLLA_KEY!, secret: process.env.DWOLLA_SECRET!, environment: 'sandbox' });
 * const dwolla = fromDwollaV2Client(client, { environment: 'sandbox' });
 * ```
 */
export function fromDwollaV2Client(client: DwollaV2Client, { environment, baseUrl }: DwollaV2ClientOptions): DwollaClient {
  const base = dwollaBaseUrl(environment, baseUrl);
  return {
    environment,
    baseUrl: base,
    async request(request) {
      const url = dwollaUrl(base, request.path);
      const about = `${request.method} ${pathOf(request.path, base)}`;
      const answer = await send(client, request, url).catch((error: unknown) => {
        throw isHttpAnswer(error)
          ? errorForHttpStatus(error.status, error.body, { source: 'Dwolla', about: `for ${about}` })
          : new ExchangeSessionError('network', `Dwolla could not be reached, or refused the access token, for ${about}.`, { cause: error });
      });
      return responseOf(answer, about);
    },
  };
}

function send(client: DwollaV2Client, { method, body, idempotencyKey = crypto.randomUUID() }: DwollaRequest, url: string): Promise<DwollaV2Response> {
  return method === 'GET' ? client.get(url) : client.post(url, isJsonObject(body) ? body : {}, { 'Idempotency-Key': idempotencyKey });
}

function responseOf({ status, headers, body }: DwollaV2Response, about: string): DwollaResponse {
  // dwolla-v2 hands over a body that is not JSON as its text: an empty one is a 201's.
  if (typeof body === 'string' && body !== '') throw new ExchangeSessionError('invalidResponse', `Dwolla answered ${about} with a body that is not JSON.`);
  return { status, location: headers.get('location'), body: body === '' ? undefined : body };
}

/** Whether dwolla-v2 rejected with Dwolla's answer (a status of 400 or more), not a network or token failure. */
function isHttpAnswer(error: unknown): error is Error & { status: number; body?: unknown } {
  return error instanceof Error && 'status' in error && typeof error.status === 'number';
}
