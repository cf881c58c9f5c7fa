import type { ExchangeBackend } from '../backend/backend';
import type { ExchangeSessionCreateRequest } from '../backend/endpoints';
import { callBackend } from '../backend/backend-request';
import { sendToBackend, type BackendAnswer } from '../backend/backend-send';
import { newIdempotencyKey } from '../backend/idempotency-key';
import { createSessionRequest } from './create-request';
import { ExchangeSessionError } from '../errors';
import { isJsonObject, ownString } from '../backend/json';
import { parseExchangeSession } from './parse-session';
import type { ExchangeSession } from './session';
import { withAnswerTime } from './session-age';
import { normalizeExchangeSessionId } from './session-id';

/** A session the backend created: its id, and the session itself when the backend answered with its body. */
export interface CreatedExchangeSession {
  sessionId: string;
  session: ExchangeSession | undefined;
}

/**
 * Asks the app's backend to create an exchange session (`POST {basePath}`, or `backend.create`).
 *
 * @throws {@link ExchangeSessionError} for an HTTP error, a network failure, or an answer
 * without an id.
 */
export async function createExchangeSession(
  request: ExchangeSessionCreateRequest,
  backend: ExchangeBackend = {},
  { signal = new AbortController().signal, idempotencyKey = newIdempotencyKey() }: { signal?: AbortSignal; idempotencyKey?: string } = {},
): Promise<CreatedExchangeSession> {
  return readCreatedSession(request, backend, signal, sendToBackend(createSessionRequest(request, backend, idempotencyKey), backend, signal));
}

/** The session a creation `sent` already answers with (see {@link createExchangeSession}). */
export function readCreatedSession(request: ExchangeSessionCreateRequest, backend: ExchangeBackend, signal: AbortSignal, sent: Promise<BackendAnswer>): Promise<CreatedExchangeSession> {
  return callBackend(
    {
      // Sent already: the answer is read from `sent`.
      send: () => sent,
      subject: 'partner' in request ? `a new ${request.partner} exchange session` : `a re-authentication session for exchange ${request.exchangeId}`,
      read: (json, response) => createdOf(json, response),
    },
    backend,
    signal,
    sent,
  );
}

function createdOf(answer: unknown, response: Response | undefined): CreatedExchangeSession {
  const reference = isJsonObject(answer) ? ownString(answer, 'id') : typeof answer === 'string' ? answer : undefined;
  const sessionId = idOf(reference ?? response?.headers.get('location'));
  const session = sessionIn(answer, sessionId);
  return { sessionId: session?.id ?? sessionId ?? fail(), session: session && withAnswerTime(session, response) };
}

/** The session in an answer that carries its body; an answer that does not is read for its id alone. */
function sessionIn(answer: unknown, sessionId: string | undefined): ExchangeSession | undefined {
  try {
    return isJsonObject(answer) ? parseExchangeSession(answer, sessionId) : undefined;
  } catch {
    return undefined;
  }
}

function idOf(reference: string | null | undefined): string | undefined {
  if (!reference) return undefined;
  const id = /^https?:\/\//.test(reference) ? reference : decodeURIComponent((reference.split(/[?#]/)[0] ?? '').split('/').filter(Boolean).pop() ?? '');
  return id ? normalizeExchangeSessionId(id) : undefined;
}

function fail(): never {
  throw new ExchangeSessionError('invalidResponse', 'The backend created an exchange session but sent no id.');
}
