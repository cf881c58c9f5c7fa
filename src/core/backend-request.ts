import type { ExchangeSessionBackendConfig } from './backend-config';
import { ExchangeSessionError, isExchangeSessionError } from './errors';
import { errorForHttpStatus } from './http-error';
import { notJson, parseJsonText } from './json';
import { resolveAgainstDocument } from './session-url';

/** One request to a string endpoint of the app's backend. */
interface BackendRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: unknown;
  /** The argument the `headers` function is called with: the session id, or `''` for a creation. */
  sessionId: string;
  signal: AbortSignal;
}

/** Sends a request to a string endpoint, with the config's headers, credentials and fetch. */
async function sendToBackend(
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
function isResponse(value: unknown): value is Response {
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
async function readBackendJson(response: Response, subject: string, sessionId?: string): Promise<unknown> {
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
function asBackendError(error: unknown, subject: string, signal: AbortSignal, sessionId?: string): ExchangeSessionError {
  if (isExchangeSessionError(error)) return error;
  return signal.aborted
    ? new ExchangeSessionError('aborted', `The request for ${subject} was aborted.`, { sessionId, cause: error })
    : new ExchangeSessionError('network', `The backend could not be reached for ${subject}.`, { sessionId, cause: error });
}

/** One call to the app's backend, whichever form its endpoint takes. */
export interface BackendCall<T> {
  /** The app's endpoint function, bound to its arguments; or the request for a string endpoint. */
  send: ((context: { signal: AbortSignal }) => Promise<unknown>) | Omit<BackendRequest, 'signal'>;
  /** What was asked for, in messages: `exchange session abc`, `a new plaid exchange session`. */
  subject: string;
  sessionId?: string;
  /** Reads the answer: the JSON body (or what the function returned), and the `Response` if there was one. */
  read: (json: unknown, response?: Response) => T;
}

/**
 * Calls the app's backend and reads its answer; a function endpoint may return the value or a
 * `Response` read like a fetch's.
 *
 * @throws {@link ExchangeSessionError} for every failure: HTTP status, network, abort, or what `read` throws.
 */
export async function callBackend<T>(
  { send, subject, sessionId, read }: BackendCall<T>,
  config: Omit<ExchangeSessionBackendConfig, 'endpoint'>,
  signal: AbortSignal,
): Promise<T> {
  try {
    const answer = typeof send === 'function' ? await send({ signal }) : await sendToBackend({ ...send, signal }, config);
    return isResponse(answer) ? read(await readBackendJson(answer, subject, sessionId), answer) : read(answer);
  } catch (error) {
    throw asBackendError(error, subject, signal, sessionId);
  }
}
