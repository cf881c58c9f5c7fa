import { backendRoute, type ExchangeBackend } from '../backend/backend';
import type { BackendSend } from '../backend/backend-send';
import type { ExchangeSessionCreateRequest } from './create-session';

/** The call that creates a session: the app's `create` function, or `POST` on its route. */
export function createSessionRequest(request: ExchangeSessionCreateRequest, backend: ExchangeBackend): BackendSend {
  const endpoint = backendRoute(backend, 'create');
  return typeof endpoint === 'function' ? (context) => endpoint(request, context) : { url: endpoint, method: 'POST', body: request, sessionId: '' };
}

/** The same request as a string, for telling two requests apart. */
export function createRequestKey(request: ExchangeSessionCreateRequest): string {
  return 'partner' in request ? `partner:${request.partner}` : `exchange:${request.exchangeId}`;
}
