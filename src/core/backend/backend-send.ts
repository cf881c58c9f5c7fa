import type { ExchangeBackend } from './backend';
import { resolveAgainstDocument } from './session-url';

/** One request to a string route of the app's backend. */
export interface BackendRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: unknown;
  /** The argument the `headers` function is called with: the session id, or `''` for a creation. */
  sessionId: string;
}

/** What an endpoint answered, before it is read: a fetch's `Response`, or what the app's function returned. */
export type BackendAnswer = object | string;

/** The app's endpoint function bound to its arguments, or the request for a string route. */
export type BackendSend = ((context: { signal: AbortSignal }) => Promise<BackendAnswer>) | BackendRequest;

/**
 * Sends one call to the app's backend and resolves with its raw answer, unread: the part of a
 * request that can leave before the code that reads the answer has loaded.
 */
export async function sendToBackend(send: BackendSend, { headers, credentials, fetch: fetchImpl = globalThis.fetch }: ExchangeBackend, signal: AbortSignal): Promise<BackendAnswer> {
  if (typeof send === 'function') return send({ signal });
  const { url, method, body, sessionId } = send;
  const all = new Headers(typeof headers === 'function' ? await headers(sessionId) : headers);
  all.set('Accept', 'application/vnd.dwolla.v1.hal+json, application/json');
  if (body !== undefined) all.set('Content-Type', 'application/json');
  return fetchImpl(resolveAgainstDocument(url), {
    method,
    headers: all,
    signal,
    ...(body !== undefined && { body: JSON.stringify(body) }),
    ...(credentials && { credentials }),
  });
}
