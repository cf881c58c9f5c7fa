import type { ExchangeBackend } from '../backend/backend';
import { callBackend } from '../backend/backend-request';
import type { BackendAnswer } from '../backend/backend-send';
import { parseExchangeSession } from './parse-session';
import { withAnswerTime } from './session-age';
import type { ExchangeSession } from './session';
import { normalizeExchangeSessionId } from './session-id';
import { sessionRequest } from './session-request';

/** Options of one {@link fetchExchangeSession} call. */
export interface FetchExchangeSessionOptions {
  /** Cancels the request; the promise then rejects with an `aborted` error. */
  signal?: AbortSignal;
}

/**
 * Fetches one exchange session from the app's backend (`GET {basePath}/{id}`, or `backend.session`)
 * and validates it.
 *
 * @param sessionIdOrUrl - the session id, or its Dwolla resource URL from a `Location` header.
 * @throws {@link ExchangeSessionError} for every failure: HTTP status, network, abort, or a body
 * that is not a valid session.
 */
export async function fetchExchangeSession(
  sessionIdOrUrl: string,
  backend: ExchangeBackend = {},
  { signal = new AbortController().signal }: FetchExchangeSessionOptions = {},
): Promise<ExchangeSession> {
  return readExchangeSession(normalizeExchangeSessionId(sessionIdOrUrl), backend, signal);
}

/** {@link fetchExchangeSession} of a normalised id, reading the answer of a request `sent` already if there is one. */
export function readExchangeSession(sessionId: string, backend: ExchangeBackend, signal: AbortSignal, sent?: Promise<BackendAnswer>): Promise<ExchangeSession> {
  return callBackend(
    {
      send: sessionRequest(sessionId, backend),
      subject: `exchange session ${sessionId}`,
      sessionId,
      read: (json, response) => withAnswerTime(parseExchangeSession(json, sessionId), response),
    },
    backend,
    signal,
    sent,
  );
}
