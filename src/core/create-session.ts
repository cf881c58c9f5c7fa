import type { ExchangeSessionBackendConfig } from './backend-config';
import { callBackend } from './backend-request';
import { ExchangeSessionError } from './errors';
import { isJsonObject, ownString } from './json';
import type { ExchangePartner } from './session';
import { normalizeExchangeSessionId } from './session-id';

/**
 * What the browser asks the app's backend to create: a new session with a partner, or a
 * re-authentication session for an existing exchange (`POST /exchanges/{id}/exchange-sessions`).
 */
export type ExchangeSessionCreateRequest = { partner: ExchangePartner } | { exchangeId: string };

/**
 * The app's backend endpoint that creates an exchange session for the signed-in user:
 * - a string: `POST {endpoint}` with the request as JSON (`{ "partner": "plaid" }` or
 *   `{ "exchangeId": "…" }`), answered with `{ "id": "…" }` or a `Location` header (the `/server`
 *   handler's `POST` route does both);
 * - a function returning the new id, `{ id }`, or a `Response` read the same way.
 */
export type ExchangeSessionCreateEndpoint =
  | string
  | ((request: ExchangeSessionCreateRequest, context: { signal: AbortSignal }) => Promise<unknown>);

/** How the browser asks the app's backend for a new session. */
export interface CreateExchangeSessionConfig extends Pick<ExchangeSessionBackendConfig, 'headers' | 'credentials' | 'fetch'> {
  createSession: ExchangeSessionCreateEndpoint;
}

/**
 * Asks the app's backend to create an exchange session; resolves with its id.
 *
 * @throws {@link ExchangeSessionError} for an HTTP error, a network failure, or an answer
 * without an id.
 */
export async function requestExchangeSession(
  request: ExchangeSessionCreateRequest,
  { createSession, ...config }: CreateExchangeSessionConfig,
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<string> {
  return callBackend(
    {
      send: typeof createSession === 'function' ? (context) => createSession(request, context) : { url: createSession, method: 'POST', body: request, sessionId: '' },
      subject: 'partner' in request ? `a new ${request.partner} exchange session` : `a re-authentication session for exchange ${request.exchangeId}`,
      read: (json, response) => idOf(isJsonObject(json) && ownString(json, 'id') ? json : (response?.headers.get('location') ?? json)),
    },
    config,
    signal,
  );
}

/** The same request as a string, for telling two requests apart. */
export function createRequestKey(request: ExchangeSessionCreateRequest): string {
  return 'partner' in request ? `partner:${request.partner}` : `exchange:${request.exchangeId}`;
}

function idOf(answer: unknown): string {
  const id = typeof answer === 'string' ? answer : isJsonObject(answer) ? ownString(answer, 'id') : undefined;
  if (!id) throw new ExchangeSessionError('invalidResponse', 'The backend created an exchange session but sent no id.');
  if (/^https?:\/\//.test(id)) return normalizeExchangeSessionId(id);
  return normalizeExchangeSessionId(decodeURIComponent((id.split(/[?#]/)[0] ?? '').split('/').filter(Boolean).pop() ?? ''));
}
