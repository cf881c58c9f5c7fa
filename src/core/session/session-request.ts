import { backendRoute, type ExchangeBackend } from '../backend/backend';
import type { BackendSend } from '../backend/backend-send';
import { sessionUrl } from '../backend/session-url';

/** The call that reads one session: the app's `session` function, or `GET` on its route. */
export function sessionRequest(sessionId: string, backend: ExchangeBackend): BackendSend {
  const endpoint = backendRoute(backend, 'session');
  return typeof endpoint === 'function' ? (context) => endpoint(sessionId, context) : { url: sessionUrl(endpoint, sessionId), method: 'GET', sessionId };
}
