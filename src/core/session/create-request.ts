import { backendRoute, type ExchangeBackend } from '../backend/backend';
import type { BackendSend } from '../backend/backend-send';
import type { ExchangeSessionCreateRequest } from '../backend/endpoints';

/** The call that creates a session: the app's `create` function, or `POST` on its route, with the creation's `Idempotency-Key`. */
export function createSessionRequest(request: ExchangeSessionCreateRequest, backend: ExchangeBackend, idempotencyKey: string): BackendSend {
  const endpoint = backendRoute(backend, 'create');
  return typeof endpoint === 'function'
    ? (context) => endpoint(request, { ...context, idempotencyKey })
    : { url: endpoint, method: 'POST', body: request, sessionId: '', idempotencyKey };
}

/** The same request as a string, for telling two requests apart. */
export function createRequestKey(request: ExchangeSessionCreateRequest): string {
  return 'partner' in request ? `partner:${request.partner}` : `exchange:${request.exchangeId}`;
}
