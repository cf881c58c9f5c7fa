import type { ExchangeBackend } from './backend';
import { sendToBackend, type BackendAnswer, type BackendSend } from './backend-send';
import { ExchangeSessionError, isExchangeSessionError } from '../errors';
import { errorForHttpStatus } from './http-error';
import { notJson, parseJsonText } from './json';

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
  // A creation may answer with a `Location` alone, an action with no content.
  const json = text === '' && (response.status === 201 || response.status === 204) ? undefined : parseJsonText(text);
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
  send: BackendSend;
  /** What was asked for, in messages: `exchange session abc`, `a new plaid exchange session`. */
  subject: string;
  sessionId?: string;
  /** Reads the answer: the JSON body (or what the function returned), and the `Response` if there was one. */
  read: (json: unknown, response?: Response) => T;
}

/**
 * Calls the app's backend and reads its answer; a function endpoint may return the value or a
 * `Response` read like a fetch's. Given `sent`, the call already sent ({@link sendToBackend}),
 * it reads that answer instead of sending again.
 *
 * @throws {@link ExchangeSessionError} for every failure: HTTP status, network, abort, or what `read` throws.
 */
export async function callBackend<T>(
  { send, subject, sessionId, read }: BackendCall<T>,
  config: ExchangeBackend,
  signal: AbortSignal,
  sent?: Promise<BackendAnswer>,
): Promise<T> {
  try {
    const answer = await (sent ?? sendToBackend(send, config, signal));
    return isResponse(answer) ? read(await readBackendJson(answer, subject, sessionId), answer) : read(answer);
  } catch (error) {
    throw asBackendError(error, subject, signal, sessionId);
  }
}
