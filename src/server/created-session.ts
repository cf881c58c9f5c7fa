import { ExchangeSessionError } from '../core/errors';
import { isJsonObject } from '../core/backend/json';
import { retrieveExchangeSession } from './exchange-sessions';
import { failureResponse, reportFailure } from './handler-failure';
import type { CreatedExchangeSessionRecord, RouteContext } from './handler-options';
import { jsonResponse } from './json-response';

/**
 * The answer to `POST {basePath}` once Dwolla created the session: `201` with
 * `Location: {basePath}/{id}` and Dwolla's session body, exactly what `GET {basePath}/{id}`
 * answers, so that the browser opens the flow without a second round trip. The session is read
 * from Dwolla while `onCreated` records it.
 *
 * When that read fails (an outage, a `404` right after the creation, a body that is not a
 * session), the session exists all the same: `onError` is told and the answer is `201 { id }`,
 * from which the browser reads the session itself. When `onCreated` throws, the request fails
 * (`onError` is told) naming the session as `_links.about.href`: the same click sent again with its
 * `Idempotency-Key` is answered with that session and records it. Never throws.
 */
export async function createdSessionResponse(context: RouteContext, request: Request, record: CreatedExchangeSessionRecord): Promise<Response> {
  const [recorded, read] = await Promise.allSettled([
    Promise.resolve().then(() => context.onCreated?.(request, record)),
    retrieveExchangeSession(context.dwolla, record.id),
  ]);
  const location = { Location: `${context.prefix}${encodeURIComponent(record.id)}` };
  if (recorded.status === 'rejected') return failureResponse(recorded.reason, request, context.onError, {}, location.Location);
  if (read.status === 'fulfilled' && isJsonObject(read.value)) return jsonResponse(read.value, 201, location);
  reportFailure(context.onError, read.status === 'rejected' ? read.reason : notASession(record.id), request);
  return jsonResponse({ id: record.id }, 201, location);
}

function notASession(id: string): ExchangeSessionError {
  return new ExchangeSessionError('invalidResponse', `Dwolla answered GET /exchange-sessions/${id} with a body that is not an exchange session.`, { sessionId: id });
}
