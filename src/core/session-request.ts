import { backendRoute, type ExchangeBackend } from './backend';
import type { BackendSend } from './backend-send';
import { sessionUrl } from './session-url';

/** The call that reads one session: the app's `session` function, or `GET` on its route. */
export function sessionRequest(sessionId: string, backend: ExchangeBackend): BackendSend {
  const endpoint = backendRoute(backend, 'session');
  return typeof endpoint === 'function' ? (context) => endpoint(sessionId, context) : { url: sessionUrl(endpoint, sessionId), method: 'GET', sessionId };
}
