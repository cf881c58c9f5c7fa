import type { ExchangePartner } from '../core/session/session';
import { readCreateSessionBody } from './create-request';
import { createdSessionResponse } from './created-session';
import { createExchangeSession, createReauthExchangeSession, retrieveExchangeSession, type CreateReauthExchangeSessionOptions as SessionOptions } from './exchange-sessions';
import { exchangeIdToReauthenticate } from '../core/session/reauth-target';
import { customerExchangeUrl } from './exchanges';
import { failureResponse } from './handler-failure';
import type { CustomerRouteContext, RouteContext } from './handler-options';
import { errorBodies, jsonResponse, validationErrorBody } from './json-response';
import { isTrue } from './handler-request';
import { readBrowserIdempotencyKey } from './idempotency-key';
import { readJsonBody } from './request-body';

/** `GET {basePath}/{id}`: Dwolla's exchange session, unchanged, for an authorized request. */
export async function retrieveSessionRoute({ dwolla, authorize, onError }: RouteContext, request: Request, sessionId: string): Promise<Response> {
  try {
    if (!isTrue(await authorize(request, sessionId))) return jsonResponse(errorBodies.forbidden, 403);
    return jsonResponse(await retrieveExchangeSession(dwolla, sessionId));
  } catch (error) {
    return failureResponse(error, request, onError, { notFound: [errorBodies.notFound, 404] });
  }
}

/**
 * `POST {basePath}`: a new session for the request's customer, with `{ "partner": … }` (and a
 * `redirectUrl` from `redirectUrls`), or, when `authorizeExchange` allows it and the exchange is
 * the customer's, a re-authentication session with `{ "exchangeId": "…" }`.
 * Answers `201` with `Location: {basePath}/{id}` and the session as `GET {basePath}/{id}` serves it,
 * read from Dwolla in the same request (`201 { id }` when that read fails).
 */
export async function createSessionRoute(context: CustomerRouteContext, request: Request): Promise<Response> {
  const read = await readJsonBody(request);
  if ('refused' in read) return read.refused;
  const body = readCreateSessionBody(read.json, { reauthentication: context.authorizeExchange !== undefined, redirectUrls: context.redirectUrls ?? [] });
  if ('problems' in body) return jsonResponse(validationErrorBody(body.problems), 400);
  const browserKey = readBrowserIdempotencyKey(request);
  if (!browserKey.valid) return jsonResponse(errorBodies.badIdempotencyKey, 400);
  const { value } = body;
  const options = { redirectUrl: value.redirectUrl, idempotencyKey: browserKey.key };
  if ('partner' in value) return createPartnerSession(context, request, value.partner, options);
  return createReauthSession(context, request, value.exchangeId, options);
}

async function createPartnerSession(context: CustomerRouteContext, request: Request, partner: ExchangePartner, options: SessionOptions): Promise<Response> {
  try {
    const customerId = await context.customerId(request);
    if (!customerId) return jsonResponse(errorBodies.forbiddenCreate, 403);
    const { id } = await createExchangeSession(context.dwolla, { customerId, partner, ...options });
    return await createdSessionResponse(context, request, { id, customerId, partner });
  } catch (error) {
    return failureResponse(error, request, context.onError);
  }
}

async function createReauthSession(context: CustomerRouteContext, request: Request, exchangeId: string, options: SessionOptions): Promise<Response> {
  const { dwolla } = context;
  try {
    const customerId = await context.customerId(request);
    if (!customerId || !isTrue(await context.authorizeExchange?.(request, exchangeId))) return jsonResponse(errorBodies.forbiddenCreate, 403);
    // Your records said yes; Dwolla's must too, so that the session is recorded for the exchange's own customer.
    const exchangeUrl = await customerExchangeUrl(dwolla, customerId, exchangeId);
    if (!exchangeUrl) return jsonResponse(errorBodies.forbiddenExchange, 403);
    const { id } = await createReauthExchangeSession(dwolla, exchangeUrl, options);
    return await createdSessionResponse(context, request, { id, customerId, exchangeId: exchangeIdToReauthenticate(exchangeUrl) });
  } catch (error) {
    return failureResponse(error, request, context.onError, {
      notFound: [errorBodies.exchangeNotFound, 404],
      badRequest: [errorBodies.reauthRefused, 400],
    });
  }
}
