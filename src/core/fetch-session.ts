import type { ExchangeSessionBackendConfig } from './backend-config';
import { asBackendError, isResponse, readBackendJson, sendToBackend } from './backend-request';
import { parseExchangeSession } from './parse-session';
import type { ExchangeSession } from './session';
import { normalizeExchangeSessionId } from './session-id';
import { sessionUrl } from './session-url';

/** Options of one {@link fetchExchangeSession} call. */
export interface FetchExchangeSessionOptions {
  /** Cancels the request; the promise then rejects with an `aborted` error. */
  signal?: AbortSignal;
}

/**
 * Fetches one exchange session from the app's backend and validates it.
 *
 * @param sessionIdOrUrl - the session id, or its Dwolla resource URL from a `Location` header.
 * @throws {@link ExchangeSessionError} for every failure: HTTP status, network, abort, or a body
 * that is not a valid session.
 */
export async function fetchExchangeSession(
  sessionIdOrUrl: string,
  config: ExchangeSessionBackendConfig,
  { signal = new AbortController().signal }: FetchExchangeSessionOptions = {},
): Promise<ExchangeSession> {
  const sessionId = normalizeExchangeSessionId(sessionIdOrUrl);
  const subject = `exchange session ${sessionId}`;
  try {
    const { endpoint } = config;
    const answer =
      typeof endpoint === 'function'
        ? await endpoint(sessionId, { signal })
        : await sendToBackend({ url: sessionUrl(endpoint, sessionId), method: 'GET', sessionId, signal }, config);
    return parseExchangeSession(isResponse(answer) ? await readBackendJson(answer, subject, sessionId) : answer, sessionId);
  } catch (error) {
    throw asBackendError(error, subject, signal, sessionId);
  }
}
