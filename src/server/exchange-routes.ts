import { createExchange, createFundingSource, existingFundingSource, isCustomerExchange, listAvailableExchangeConnections } from './exchanges';
import { readCompleteExchangeBody } from './exchange-request';
import { failureResponse } from './handler-failure';
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
 * `400` without Dwolla's detail when Dwolla refuses the token or the funding source. When the
 * funding source fails after the exchange was created, the error names the exchange as
 * `_links.about.href`, and a body with that `exchangeUrl` instead of the spent token tries the
 * funding source again (`403` unless the exchange is the customer's).
 */
export async function completeExchangeRoute(context: CustomerRouteContext, request: Request, sessionId: string): Promise<Response> {
  const { dwolla, onExchangeCreated, onError } = context;
  try {
    const customerId = await authorizedCustomer(context, request, sessionId);
    if (!customerId) return jsonResponse(errorBodies.forbiddenSession, 403);
    const read = await readJsonBody(request);
    if ('refused' in read) return read.refused;
    const body = readCompleteExchangeBody(read.json);
    if ('problems' in body) return jsonResponse(validationErrorBody(body.problems), 400);
    const { value } = body;
    const { fundingSource } = value;

    const retrying = 'exchangeUrl' in value;
    if (retrying && !(await isCustomerExchange(dwolla, customerId, value.exchangeUrl))) return jsonResponse(errorBodies.forbiddenExchange, 403);
    const exchangeUrl = retrying ? value.exchangeUrl : (await createExchange(dwolla, customerId, value.token, { idempotencyKey: sessionId })).href;
    const record: CreatedExchangeRecord = { sessionId, customerId, exchangeUrl };
    let fundingSourceUrl: string | undefined;
    try {
      fundingSourceUrl = fundingSource && (await createFundingSource(dwolla, customerId, { exchangeHref: exchangeUrl, ...fundingSource })).href;
    } catch (error) {
      // The bank account or card is linked already: the journey ends with the one it has.
      fundingSourceUrl = existingFundingSource(dwolla, error);
      if (!fundingSourceUrl) {
        const response = failureResponse(error, request, onError, { badRequest: [errorBodies.fundingSourceRefused, 400] }, exchangeUrl);
        // The exchange exists and the partner's token is spent: the app must still learn of it.
        if (!retrying) await onExchangeCreated?.(request, record);
        return response;
      }
    }
    await onExchangeCreated?.(request, fundingSourceUrl ? { ...record, fundingSourceUrl } : record);
    return jsonResponse(fundingSourceUrl ? { exchangeUrl, fundingSourceUrl } : { exchangeUrl }, 201, { Location: exchangeUrl });
  } catch (error) {
    // Dwolla refuses an expired exchange token with a 401 of its own (InvalidExchangeToken), not ours.
    return failureResponse(error, request, onError, { badRequest: [errorBodies.exchangeRefused, 400], unauthorized: [errorBodies.exchangeRefused, 400] });
  }
}
