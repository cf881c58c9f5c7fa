import type { ExchangeSessionBackendConfig } from './backend-config';
import { ExchangeSessionError, isExchangeSessionError } from './errors';
import { errorForHttpStatus } from './http-error';
import { notJson, parseJsonText } from './json';
import { resolveAgainstDocument } from './session-url';

/** One request to the app's backend, as both the session fetch and the session creation send it. */
export interface BackendRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: unknown;
  /** The argument the `headers` function is called with: the session id, or `''` for a creation. */
  sessionId: string;
  signal: AbortSignal;
}

/** Sends a request to a string endpoint, with the config's headers, credentials and fetch. */
export async function sendToBackend(
  { url, method, body, sessionId, signal }: BackendRequest,
  { headers, credentials, fetch: fetchImpl = globalThis.fetch }: Omit<ExchangeSessionBackendConfig, 'endpoint'>,
): Promise<Response> {
  const all = new Headers(typeof headers === 'function' ? await headers(sessionId) : headers);
  all.set('Accept', 'application/vnd.dwolla.v1.hal+json, application/json');
  if (body !== undefined) all.set('Content-Type', 'application/json');
  return fetchImpl(resolveAgainstDocument(url), {
    method,
    headers: all,
    signal,
    ...(body !== undefined && { body: JSON.stringify(body) }),
    ...(credentials && { credentials }),
  });
}

/** Duck-typed, so a `Response` from another realm or a fetch polyfill is read too. */
export function isResponse(value: unknown): value is Response {
  const candidate = value as Partial<Response> | null;
  return typeof candidate?.status === 'number' && typeof candidate.text === 'function' && typeof candidate.headers?.get === 'function';
}

/**
 * A backend answer's JSON body; `subject` names what was asked for in messages, like
 * `exchange session abc` or `a new plaid exchange session`.
 *
 * @throws {@link ExchangeSessionError} for a non-2xx status (Dwolla's error body read), or a body
 * that is not JSON.
 */
export async function readBackendJson(response: Response, subject: string, sessionId?: string): Promise<unknown> {
  const text = await response.text();
  const json = text === '' && response.status === 201 ? undefined : parseJsonText(text);
  if (response.status < 200 || response.status > 299) throw errorForHttpStatus(response.status, json, { about: `for ${subject}`, sessionId });
  if (json === notJson) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new ExchangeSessionError('invalidResponse', `The backend answered HTTP ${response.status} for ${subject} with a body that is not JSON (${type}).`, {
      status: response.status,
      sessionId,
    });
  }
  return json;
}

/** Any failure as an `ExchangeSessionError`: kept if it is one, else `aborted` or `network`. */
export function asBackendError(error: unknown, subject: string, signal: AbortSignal, sessionId?: string): ExchangeSessionError {
  if (isExchangeSessionError(error)) return error;
  return signal.aborted
    ? new ExchangeSessionError('aborted', `The request for ${subject} was aborted.`, { sessionId, cause: error })
    : new ExchangeSessionError('network', `The backend could not be reached for ${subject}.`, { sessionId, cause: error });
}
