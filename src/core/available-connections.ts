import type { ExchangeSessionBackendConfig } from './backend-config';
import { callBackend } from './backend-request';
import { ExchangeSessionError } from './errors';
import { readAvailableConnections, type AvailableExchangeConnection } from './exchange-token';
import { isJsonObject, ownField } from './json';
import { sessionUrl } from './session-url';

/**
 * The app's backend endpoint listing the accounts the user connected through MX:
 * - a string: `GET {endpoint}` (`{id}` replaced by the session id, else the id is appended),
 *   answered with `{ "connections": [{ "availableConnectionToken": "…", "name": "…" }] }` (the
 *   `/server` handler's `GET {basePath}/{id}/available-connections` route);
 * - a function returning that object, or a `Response` read the same way.
 */
export type ExchangeConnectionsEndpoint =
  | string
  | ((sessionId: string, context: { signal: AbortSignal }) => Promise<unknown>);

/** How the browser asks the app's backend for the MX accounts. */
export interface ExchangeConnectionsConfig extends Pick<ExchangeSessionBackendConfig, 'headers' | 'credentials' | 'fetch'> {
  availableConnections: ExchangeConnectionsEndpoint;
}

/**
 * Lists the accounts the user connected in the MX session `sessionId`, to pick the one that
 * becomes the exchange.
 *
 * @throws {@link ExchangeSessionError} for an HTTP error, a network failure, or a malformed answer.
 */
export async function fetchAvailableExchangeConnections(
  sessionId: string,
  { availableConnections, ...config }: ExchangeConnectionsConfig,
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<AvailableExchangeConnection[]> {
  return callBackend(
    {
      send:
        typeof availableConnections === 'function'
          ? (context) => availableConnections(sessionId, context)
          : { url: sessionUrl(availableConnections, sessionId), method: 'GET', sessionId },
      subject: `the connected accounts of session ${sessionId}`,
      sessionId,
      read: (json) => connectionsOf(json, sessionId),
    },
    config,
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
