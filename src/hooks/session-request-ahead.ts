import type { QueryClient } from '@tanstack/react-query';
import type { ExchangeBackend } from '../core/backend';
import { sendToBackend, type BackendAnswer } from '../core/backend-send';
import { sessionRequest } from '../core/session-request';
import { normalizeExchangeSessionId } from '../core/session-id';
import { exchangeSessionQueryKey } from '../core/session-query-key';

/** A session request sent before any query asked for it: its raw answer, read by whoever takes it. */
export interface SentSessionRequest {
  answer: Promise<BackendAnswer>;
  controller: AbortController;
}

// Per client: a test's or a page's second client must never take another's request.
const sent = new WeakMap<QueryClient, Map<string, SentSessionRequest>>();

/**
 * Sends the session request now, before the launcher's code or TanStack's query set-up, unless
 * the client has the query already or the request is out. The launcher's query takes it over
 * as its first fetch ({@link takeSessionRequest}); until then `signal` aborts it.
 */
export function sendSessionRequestAhead(client: QueryClient, sessionIdOrUrl: string, backend: ExchangeBackend | undefined, signal: AbortSignal): void {
  const [, sessionId] = exchangeSessionQueryKey(sessionIdOrUrl);
  const byId = sent.get(client) ?? new Map<string, SentSessionRequest>();
  sent.set(client, byId);
  if (client.getQueryState(exchangeSessionQueryKey(sessionId)) || byId.has(sessionId)) return;
  const request = sendSessionRequest(sessionId, backend ?? {});
  byId.set(sessionId, request);
  signal.addEventListener(
    'abort',
    () => {
      if (byId.get(sessionId) !== request) return;
      byId.delete(sessionId);
      request.controller.abort();
    },
    { once: true },
  );
}

/** The request sent ahead for this session, now the caller's: no one else will take or abort it. */
export function takeSessionRequest(client: QueryClient, sessionId: string): SentSessionRequest | undefined {
  const byId = sent.get(client);
  const request = byId?.get(sessionId);
  byId?.delete(sessionId);
  return request;
}

/**
 * Sends the session request before the query is set up (TanStack's set-up, run for the first time
 * on a page, would hold it back by a few milliseconds); the query that takes it over reports the outcome.
 */
export function sendSessionRequest(sessionId: string, backend: ExchangeBackend): SentSessionRequest {
  const controller = new AbortController();
  let answer: Promise<BackendAnswer>;
  try {
    answer = sendToBackend(sessionRequest(normalizeExchangeSessionId(sessionId), backend), backend, controller.signal);
  } catch (error) {
    // An invalid id: its `invalidSessionId` error is the answer, and nothing is sent.
    answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  answer.catch(() => undefined);
  return { answer, controller };
}
