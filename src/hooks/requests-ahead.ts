import type { QueryClient } from '@tanstack/react-query';
import type { ExchangeBackend } from '../core/backend/backend';
import { sendToBackend, type BackendAnswer, type BackendSend } from '../core/backend/backend-send';
import { createRequestKey, createSessionRequest } from '../core/session/create-request';
import type { ExchangeSessionCreateRequest } from '../core/session/create-session';
import { sessionRequest } from '../core/session/session-request';
import { normalizeExchangeSessionId } from '../core/session/session-id';
import { exchangeSessionQueryKey } from '../core/session/session-query-key';

/** A request sent before the code that reads its answer loaded: its raw answer, read by whoever takes it. */
export interface SentRequest {
  answer: Promise<BackendAnswer>;
  controller: AbortController;
}

// Per client: a test's or a page's second client must never take another's request.
const sent = new WeakMap<QueryClient, Map<string, SentRequest>>();

/**
 * Sends a request now, in a launcher's first commit, before its own code has loaded; the
 * launcher's machine takes it over ({@link takeRequest}) when its command runs. Until then
 * `signal` (the launcher unmounting, or naming another source) aborts it. Nothing is sent when
 * the same request is out already.
 */
function sendAhead(client: QueryClient, key: string, send: () => SentRequest, signal: AbortSignal): void {
  const byKey = sent.get(client) ?? new Map<string, SentRequest>();
  sent.set(client, byKey);
  if (byKey.has(key)) return;
  const request = send();
  byKey.set(key, request);
  signal.addEventListener(
    'abort',
    () => {
      if (byKey.get(key) !== request) return;
      byKey.delete(key);
      request.controller.abort();
    },
    { once: true },
  );
}

/** The request sent ahead under `key`, now the caller's: no one else will take or abort it. */
function takeRequest(client: QueryClient, key: string): SentRequest | undefined {
  const byKey = sent.get(client);
  const request = byKey?.get(key);
  byKey?.delete(key);
  return request;
}

/** Sends `call` at once; an invalid call (`prepare` throws) is answered with its error, and nothing is sent. */
function send(backend: ExchangeBackend, prepare: () => BackendSend): SentRequest {
  const controller = new AbortController();
  let answer: Promise<BackendAnswer>;
  try {
    answer = sendToBackend(prepare(), backend, controller.signal);
  } catch (error) {
    answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // Whoever takes the request over reports its outcome.
  answer.catch(() => undefined);
  return { answer, controller };
}

/**
 * Sends the session request (TanStack's query set-up, run for the first time on a page, would
 * hold it back by a few milliseconds); an invalid id is answered with its `invalidSessionId` error.
 */
export function sendSessionRequest(sessionId: string, backend: ExchangeBackend): SentRequest {
  return send(backend, () => sessionRequest(normalizeExchangeSessionId(sessionId), backend));
}

/** {@link sendSessionRequest} ahead of the launcher's code, unless the client has the query already. */
export function sendSessionRequestAhead(client: QueryClient, sessionIdOrUrl: string, backend: ExchangeBackend, signal: AbortSignal): void {
  const queryKey = exchangeSessionQueryKey(sessionIdOrUrl);
  if (client.getQueryState(queryKey)) return;
  sendAhead(client, `session:${queryKey[1]}`, () => sendSessionRequest(queryKey[1], backend), signal);
}

/** The session request sent ahead for this (normalised) id, if any. */
export function takeSessionRequest(client: QueryClient, sessionId: string): SentRequest | undefined {
  return takeRequest(client, `session:${sessionId}`);
}

/** The creation, sent ahead of the launcher's code: the widget then opens after one round trip. */
export function sendCreateRequestAhead(client: QueryClient, request: ExchangeSessionCreateRequest, backend: ExchangeBackend, signal: AbortSignal): void {
  sendAhead(client, `create:${createRequestKey(request)}`, () => send(backend, () => createSessionRequest(request, backend)), signal);
}

/** The creation sent ahead for this request, if any. */
export function takeCreateRequest(client: QueryClient, request: ExchangeSessionCreateRequest): SentRequest | undefined {
  return takeRequest(client, `create:${createRequestKey(request)}`);
}
