import type { ExchangeSessionBackendConfig } from './backend-config';
import { ExchangeSessionError, isExchangeSessionError } from './errors';
import { errorForHttpStatus } from './http-error';
import { notJson, parseJsonText } from './json';
import { parseExchangeSession } from './parse-session';
import type { ExchangeSession } from './session';
import { normalizeExchangeSessionId } from './session-id';
import { resolveAgainstDocument, sessionUrl } from './session-url';

const accept = 'application/vnd.dwolla.v1.hal+json, application/json';

/** Options of one {@link fetchExchangeSession} call. */
export interface FetchExchangeSessionOptions {
  /** Cancels the request; the promise then rejects with an `aborted` error. */
  signal?: AbortSignal;
}

/**
 * Fetches one exchange session from the app's backend and validates it.
 *
 * @param sessionIdOrUrl - the session id, or its Dwolla resource URL from a `Location` header.
 * @throws {@link ExchangeSessionError} for every failure: HTTP status, network, abort, or a body
 * that is not a valid session.
 */
export async function fetchExchangeSession(
  sessionIdOrUrl: string,
  config: ExchangeSessionBackendConfig,
  { signal = new AbortController().signal }: FetchExchangeSessionOptions = {},
): Promise<ExchangeSession> {
  const sessionId = normalizeExchangeSessionId(sessionIdOrUrl);
  try {
    const answer = await request(sessionId, config, signal);
    const json = isResponse(answer) ? await readJsonResponse(answer, sessionId) : answer;
    return parseExchangeSession(json, sessionId);
  } catch (error) {
    throw asExchangeSessionError(error, sessionId, signal);
  }
}

async function request(sessionId: string, config: ExchangeSessionBackendConfig, signal: AbortSignal): Promise<unknown> {
  const { endpoint } = config;
  if (typeof endpoint === 'function') return endpoint(sessionId, { signal });
  const extraHeaders = typeof config.headers === 'function' ? await config.headers(sessionId) : config.headers;
  const headers = new Headers(extraHeaders);
  headers.set('Accept', accept);
  const fetchImpl = config.fetch ?? globalThis.fetch;
  return fetchImpl(resolveAgainstDocument(sessionUrl(endpoint, sessionId)), {
    method: 'GET',
    headers,
    signal,
    ...(config.credentials && { credentials: config.credentials }),
  });
}

async function readJsonResponse(response: Response, sessionId: string): Promise<unknown> {
  const json = parseJsonText(await response.text());
  if (response.status < 200 || response.status > 299) throw errorForHttpStatus(response.status, json, { sessionId });
  if (json === notJson) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new ExchangeSessionError(
      'invalidResponse',
      `The backend answered HTTP ${response.status} for exchange session ${sessionId} with a body that is not JSON (${type}).`,
      { status: response.status, sessionId },
    );
  }
  return json;
}

/** Duck-typed, so a `Response` from another realm or a fetch polyfill is read too. */
function isResponse(value: unknown): value is Response {
  const candidate = value as Partial<Response> | null;
  return typeof candidate?.status === 'number' && typeof candidate.text === 'function' && typeof candidate.headers?.get === 'function';
}

function asExchangeSessionError(error: unknown, sessionId: string, signal: AbortSignal): ExchangeSessionError {
  if (isExchangeSessionError(error)) return error;
  if (signal.aborted) {
    return new ExchangeSessionError('aborted', `The request for exchange session ${sessionId} was aborted.`, {
      sessionId,
      cause: error,
    });
  }
  return new ExchangeSessionError('network', `The backend could not be reached for exchange session ${sessionId}.`, {
    sessionId,
    cause: error,
  });
}
