import { isExchangeSessionError } from '../core/errors';
import type { FundingSourceRequest } from '../core/exchange/exchange-token';
import { createExchange, createFundingSource, customerExchangeUrl, existingFundingSource, listAvailableExchangeConnections } from './exchanges';
import { readCompleteExchangeBody } from './exchange-request';
import { failureResponse, reportFailure } from './handler-failure';
import type { CreatedExchangeRecord, CustomerRouteContext } from './handler-options';
import { isTrue } from './handler-request';
import { readJsonBody } from './request-body';
import { errorBodies, jsonResponse, validationErrorBody } from './json-response';

/** The request's customer, when `authorize` lets its user use `sessionId`. */
async function authorizedCustomer({ authorize, customerId }: CustomerRouteContext, request: Request, sessionId: string): Promise<string | undefined> {
  if (!isTrue(await authorize(request, sessionId))) return undefined;
  return (await customerId(request)) || undefined;
}

/** `GET {basePath}/{id}/available-connections`: the accounts the customer connected through MX. */
export async function availableConnectionsRoute(context: CustomerRouteContext, request: Request, sessionId: string): Promise<Response> {
  try {
    const customerId = await authorizedCustomer(context, request, sessionId);
    if (!customerId) return jsonResponse(errorBodies.forbiddenSession, 403);
    return jsonResponse({ connections: await listAvailableExchangeConnections(context.dwolla, customerId) });
  } catch (error) {
    return failureResponse(error, request, context.onError);
  }
}

/**
 * `POST {basePath}/{id}/exchange`: the Dwolla exchange from the partner's token, then the funding
 * source when the body asks for one (the existing one when Dwolla answers that the customer has
 * it already). Answers `201 { exchangeUrl, fundingSourceUrl? }` with `Location: exchangeUrl`;
 * `400` without Dwolla's detail when Dwolla refuses the token or the funding source. Any failure
 * after the exchange exists names it as `_links.about.href`, and a body with that `exchangeUrl`
 * instead of the spent token tries the funding source again (`403` unless the exchange is the
 * customer's).
 */
export async function completeExchangeRoute(context: CustomerRouteContext, request: Request, sessionId: string): Promise<Response> {
  const { dwolla, onError } = context;
  try {
    const customerId = await authorizedCustomer(context, request, sessionId);
    if (!customerId) return jsonResponse(errorBodies.forbiddenSession, 403);
    const read = await readJsonBody(request);
    if ('refused' in read) return read.refused;
    const body = readCompleteExchangeBody(read.json);
    if ('problems' in body) return jsonResponse(validationErrorBody(body.problems), 400);
    const { value } = body;
    if (!('exchangeUrl' in value)) {
      const { href } = await createExchange(dwolla, customerId, value.token, { idempotencyKey: sessionId });
      return await afterExchange(context, request, { sessionId, customerId, exchangeUrl: href }, value.fundingSource);
    }
    const exchangeUrl = await customerExchangeUrl(dwolla, customerId, value.exchangeUrl);
    if (!exchangeUrl) return jsonResponse(errorBodies.forbiddenExchange, 403);
    return await afterExchange(context, request, { sessionId, customerId, exchangeUrl }, value.fundingSource, 'retry');
  } catch (error) {
    // Dwolla refuses an expired exchange token with a 401 of its own (InvalidExchangeToken), not ours.
    return failureResponse(error, request, onError, { badRequest: [errorBodies.exchangeRefused, 400], unauthorized: [errorBodies.exchangeRefused, 400] });
  }
}

/**
 * Once the exchange exists: its funding source, if asked for, and `onExchangeCreated`. Never
 * throws: every failure (Dwolla's, the network's, the app's) answers naming the exchange, so that
 * the browser tries the funding source alone, never the spent token.
 */
async function afterExchange(context: CustomerRouteContext, request: Request, record: CreatedExchangeRecord, fundingSource: FundingSourceRequest | undefined, retry?: 'retry'): Promise<Response> {
  const { dwolla, onExchangeCreated, onError } = context;
  const { exchangeUrl } = record;
  const failures: unknown[] = [];
  let fundingSourceUrl: string | undefined;
  if (fundingSource) {
    try {
      fundingSourceUrl = (await createFundingSource(dwolla, record.customerId, { exchangeHref: exchangeUrl, ...fundingSource })).href;
    } catch (error) {
      // The bank account or card is linked already: the journey ends with the one it has.
      fundingSourceUrl = existingFundingSource(dwolla, error);
      if (!fundingSourceUrl) failures.push(error);
    }
  }
  // The exchange exists and the partner's token is spent: the app learns of it, unless it did already.
  if (failures.length === 0 || !retry) {
    await Promise.resolve()
      .then(() => onExchangeCreated?.(request, fundingSourceUrl ? { ...record, fundingSourceUrl } : record))
      .catch((error: unknown) => failures.push(error));
  }
  if (failures.length === 0) return jsonResponse(fundingSourceUrl ? { exchangeUrl, fundingSourceUrl } : { exchangeUrl }, 201, { Location: exchangeUrl });
  const [failure, ...more] = failures;
  const response = failureResponse(failure, request, onError, { badRequest: [errorBodies.fundingSourceRefused, 400] }, exchangeUrl);
  for (const other of more) reportFailure(onError, other, request);
  return response.status === 400 ? withRefusedFields(response, failure) : response;
}

/**
 * A refused funding source's answer with the fields Dwolla named, as paths of the handler's own
 * body (`/fundingSource/cardDetails/billingAddress/postalCode`), so that the browser marks them in
 * the step that can fix them; Dwolla's own words stay on the server.
 */
async function withRefusedFields(response: Response, failure: unknown): Promise<Response> {
  const paths = isExchangeSessionError(failure) ? (failure.dwolla?.errors ?? []).flatMap(({ code, path }) => (path && /^\/[\w/]+$/.test(path) ? [{ code, path }] : [])) : [];
  if (paths.length === 0) return response;
  const body = (await response.json()) as Record<string, unknown>;
  const errors = paths.map(({ code, path }) => ({ code, message: 'Dwolla refused this field.', path: `/fundingSource${path}` }));
  return jsonResponse({ ...body, code: 'ValidationError', _embedded: { errors } }, 400);
}
