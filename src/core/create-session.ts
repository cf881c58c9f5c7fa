import type { ExchangeSessionBackendConfig } from './backend-config';
import { asBackendError, isResponse, readBackendJson, sendToBackend } from './backend-request';
import { ExchangeSessionError } from './errors';
import { isJsonObject, ownString } from './json';
import type { ExchangePartner } from './session';
import { normalizeExchangeSessionId } from './session-id';

/**
 * The app's backend endpoint that creates an exchange session for the signed-in user:
 * - a string: `POST {endpoint}` with `{ "partner": "plaid" }`, answered with `{ "id": "…" }` or a
 *   `Location` header (the `/server` handler's `POST` route does both);
 * - a function returning the new id, `{ id }`, or a `Response` read the same way.
 */
export type ExchangeSessionCreateEndpoint =
  | string
  | ((partner: ExchangePartner, context: { signal: AbortSignal }) => Promise<unknown>);

/** How the browser asks the app's backend for a new session. */
export interface CreateExchangeSessionConfig extends Pick<ExchangeSessionBackendConfig, 'headers' | 'credentials' | 'fetch'> {
  createSession: ExchangeSessionCreateEndpoint;
}

/**
 * Asks the app's backend to create an exchange session with `partner`; resolves with its id.
 *
 * @throws {@link ExchangeSessionError} for an HTTP error, a network failure, or an answer
 * without an id.
 */
export async function requestExchangeSession(
  partner: ExchangePartner,
  { createSession, ...config }: CreateExchangeSessionConfig,
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<string> {
  const subject = `a new ${partner} exchange session`;
  try {
    const answer =
      typeof createSession === 'function'
        ? await createSession(partner, { signal })
        : await sendToBackend({ url: createSession, method: 'POST', body: { partner }, sessionId: '', signal }, config);
    if (!isResponse(answer)) return idOf(answer);
    const json = await readBackendJson(answer, subject);
    return idOf(isJsonObject(json) && ownString(json, 'id') ? json : answer.headers.get('location'));
  } catch (error) {
    throw asBackendError(error, subject, signal);
  }
}

function idOf(answer: unknown): string {
  const id = typeof answer === 'string' ? answer : isJsonObject(answer) ? ownString(answer, 'id') : undefined;
  if (!id) throw new ExchangeSessionError('invalidResponse', 'The backend created an exchange session but sent no id.');
  if (/^https?:\/\//.test(id)) return normalizeExchangeSessionId(id);
  return normalizeExchangeSessionId(decodeURIComponent(id.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? ''));
}
