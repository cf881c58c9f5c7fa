import type { ExchangePartner } from '../core/session';
import { createExchangeSession, createReauthExchangeSession, retrieveExchangeSession } from './exchange-sessions';
import { failureResponse } from './handler-failure';
import type { CustomerRouteContext, RouteContext } from './handler-options';
import { isSafeExchangeId, readCreateRequest, readJsonBody } from './handler-request';
import { errorBodies, jsonResponse } from './json-response';

/** `GET {basePath}/{id}`: Dwolla's exchange session, unchanged, for an authorized request. */
export async function retrieveSessionRoute({ dwolla, authorize, onError }: RouteContext, request: Request, sessionId: string): Promise<Response> {
  try {
    if ((await authorize(request, sessionId)) !== true) return jsonResponse(errorBodies.forbidden, 403);
    return jsonResponse(await retrieveExchangeSession(dwolla, sessionId));
  } catch (error) {
    return failureResponse(error, request, onError, { notFound: [errorBodies.notFound, 404] });
  }
}

/**
 * `POST {basePath}`: a new session for the request's customer, with `{ "partner": … }`, or, when
 * `authorizeExchange` allows it, a re-authentication session with `{ "exchangeId": "…" }`.
 * Answers `201 { id }` with `Location: {basePath}/{id}`.
 */
export async function createSessionRoute(context: CustomerRouteContext, request: Request): Promise<Response> {
  const body = readCreateRequest(await readJsonBody(request));
  if (!body || ('exchangeId' in body && !context.authorizeExchange)) return jsonResponse(errorBodies.badCreateRequest, 400);
  if ('partner' in body) return createPartnerSession(context, request, body.partner);
  if (!isSafeExchangeId(body.exchangeId)) return jsonResponse(errorBodies.badExchangeId, 400);
  return createReauthSession(context, request, body.exchangeId);
}

async function createPartnerSession(context: CustomerRouteContext, request: Request, partner: ExchangePartner): Promise<Response> {
  try {
    const customerId = await context.customerId(request);
    if (!customerId) return jsonResponse(errorBodies.forbiddenCreate, 403);
    const { id } = await createExchangeSession(context.dwolla, { customerId, partner });
    await context.onCreated?.(request, { id, customerId, partner });
    return created(context, id);
  } catch (error) {
    return failureResponse(error, request, context.onError);
  }
}

async function createReauthSession(context: CustomerRouteContext, request: Request, exchangeId: string): Promise<Response> {
  try {
    const customerId = await context.customerId(request);
    if (!customerId || (await context.authorizeExchange?.(request, exchangeId)) !== true) return jsonResponse(errorBodies.forbiddenCreate, 403);
    const { id } = await createReauthExchangeSession(context.dwolla, exchangeId);
    await context.onCreated?.(request, { id, customerId, exchangeId });
    return created(context, id);
  } catch (error) {
    return failureResponse(error, request, context.onError, {
      notFound: [errorBodies.exchangeNotFound, 404],
      badRequest: [errorBodies.reauthRefused, 400],
    });
  }
}

function created({ prefix }: RouteContext, id: string): Response {
  return jsonResponse({ id }, 201, { Location: `${prefix}${encodeURIComponent(id)}` });
}
