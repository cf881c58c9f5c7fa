import type { ExchangeSessionBackendConfig } from './backend-config';
import { callBackend } from './backend-request';
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
  const { endpoint } = config;
  return callBackend(
    {
      send: typeof endpoint === 'function' ? (context) => endpoint(sessionId, context) : { url: sessionUrl(endpoint, sessionId), method: 'GET', sessionId },
      subject: `exchange session ${sessionId}`,
      sessionId,
      read: (json, response) => withAnswerTime(parseExchangeSession(json, sessionId), response),
    },
    config,
    signal,
  );
}

/** The session with the backend's `Date` header, when its answer had one. */
function withAnswerTime(session: ExchangeSession, response: Response | undefined): ExchangeSession {
  const date = Date.parse(response?.headers.get('date') ?? '');
  return Number.isFinite(date) ? { ...session, answeredAt: new Date(date).toISOString() } : session;
}
