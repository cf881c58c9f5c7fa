import type { ExchangeSessionBackendConfig } from './backend-config';
import { fetchExchangeSession } from './fetch-session';
import type { ExchangeSession } from './session';

interface EarlyRequest {
  answer: Promise<ExchangeSession>;
  controller: AbortController;
}

/** A request no query adopted within this long belongs to a render that never committed. */
const adoptionWindowMs = 1000;

const earlyRequests = new WeakMap<object, Map<string, EarlyRequest>>();

/**
 * Starts a session request while rendering, one effect-flush earlier than the query's own fetch
 * would start (tens of milliseconds on a first render); the query's fetch then adopts it. Only
 * in a browser, at most one per client and session.
 */
export function startEarlySessionRequest(client: object, sessionId: string, config: ExchangeSessionBackendConfig): void {
  if (typeof window === 'undefined') return;
  const requests = earlyRequests.get(client) ?? new Map<string, EarlyRequest>();
  earlyRequests.set(client, requests);
  if (requests.has(sessionId)) return;
  const controller = new AbortController();
  const answer = fetchExchangeSession(sessionId, config, { signal: controller.signal });
  // The adopting query handles the outcome; until then a failure must not surface as unhandled.
  answer.catch(() => {});
  requests.set(sessionId, { answer, controller });
  setTimeout(() => {
    if (requests.get(sessionId)?.answer !== answer) return;
    requests.delete(sessionId);
    controller.abort();
  }, adoptionWindowMs);
}

/**
 * The early request for `sessionId` of `client`, if one is under way: it is handed over once,
 * and aborted with `signal`.
 */
export function adoptEarlySessionRequest(client: object | undefined, sessionId: string, signal: AbortSignal): Promise<ExchangeSession> | undefined {
  const request = client && earlyRequests.get(client)?.get(sessionId);
  if (!request) return undefined;
  earlyRequests.get(client)!.delete(sessionId);
  signal.addEventListener('abort', () => request.controller.abort(), { once: true });
  return request.answer;
}
