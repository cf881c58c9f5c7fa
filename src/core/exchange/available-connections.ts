import { backendRoute, type ExchangeBackend } from '../backend/backend';
import { callBackend } from '../backend/backend-request';
import { ExchangeSessionError } from '../errors';
import { readAvailableConnections, type AvailableExchangeConnection } from './exchange-token';
import { isJsonObject, ownField } from '../backend/json';
import { sessionUrl } from '../backend/session-url';

/**
 * Lists the accounts the user connected in the MX session `sessionId`, to pick the one that
 * becomes the exchange (`GET {basePath}/{id}/available-connections`, or `backend.connections`).
 *
 * @throws {@link ExchangeSessionError} for an HTTP error, a network failure, or a malformed answer.
 */
export async function fetchAvailableExchangeConnections(
  sessionId: string,
  backend: ExchangeBackend = {},
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<AvailableExchangeConnection[]> {
  const endpoint = backendRoute(backend, 'connections');
  return callBackend(
    {
      send: typeof endpoint === 'function' ? (context) => endpoint(sessionId, context) : { url: sessionUrl(endpoint, sessionId), method: 'GET', sessionId },
      subject: `the connected accounts of session ${sessionId}`,
      sessionId,
      read: (json) => connectionsOf(json, sessionId),
    },
    backend,
    signal,
  );
}

function connectionsOf(answer: unknown, sessionId: string): AvailableExchangeConnection[] {
  const list = isJsonObject(answer) ? ownField(answer, 'connections') : undefined;
  if (!Array.isArray(list)) {
    throw new ExchangeSessionError('invalidResponse', 'The backend listed connected accounts without a "connections" array.', { sessionId });
  }
  return readAvailableConnections(list);
}
