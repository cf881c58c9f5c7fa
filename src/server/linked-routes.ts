import { isJsonObject } from '../core/backend/json';
import type { DwollaErrorDetail } from '../core/backend/dwolla-error-body';
import { invalid, onlyFields } from './body-rules';
import { removeCustomerFundingSource } from './funding-source-removal';
import { failureResponse } from './handler-failure';
import type { CustomerRouteContext } from './handler-options';
import { errorBodies, jsonResponse, validationErrorBody } from './json-response';
import { customerExchangeUrl } from './exchanges';
import { listLinkedAccounts } from './linked-accounts';
import { readJsonBody } from './request-body';

/**
 * `GET {basePath}/linked`: the customer's linked accounts, newest first, `200 { accounts }`: each
 * exchange with its partner, its state (Dwolla's `deactivated`, else what `accountState` says)
 * and the funding sources made from it.
 */
export async function linkedAccountsRoute({ dwolla, customerId, accountState, onError }: CustomerRouteContext, request: Request): Promise<Response> {
  try {
    const customer = await customerId(request);
    if (!customer) return jsonResponse(errorBodies.forbiddenLinked, 403);
    const accounts = await listLinkedAccounts(dwolla, customer, accountState && ((exchange) => accountState(request, exchange)));
    return jsonResponse({ accounts });
  } catch (error) {
    return failureResponse(error, request, onError);
  }
}

/**
 * `POST {basePath}/linked/{fundingSourceId}/remove` (a JSON body of `{}`, or none): removes one of
 * the customer's funding sources, `200 { fundingSourceUrl, removed: true }`, also when it was
 * removed already; `403` when it is not theirs (nothing is sent to remove it), `404` when Dwolla
 * does not know it.
 */
export async function removeFundingSourceRoute(context: CustomerRouteContext, request: Request, fundingSourceId: string): Promise<Response> {
  const { dwolla, onError } = context;
  try {
    const customer = await context.customerId(request);
    if (!customer) return jsonResponse(errorBodies.forbiddenFundingSource, 403);
    const refused = await refusedBody(request, 'a removal takes no fields');
    if (refused) return refused;
    const removal = await removeCustomerFundingSource(dwolla, customer, fundingSourceId);
    if ('removed' in removal) return jsonResponse({ fundingSourceUrl: removal.removed, removed: true });
    return removal.refused === 'notFound' ? jsonResponse(errorBodies.fundingSourceNotFound, 404) : jsonResponse(errorBodies.forbiddenFundingSource, 403);
  } catch (error) {
    return failureResponse(error, request, onError);
  }
}

/**
 * `POST {basePath}/linked/{exchangeId}/reconnected` (a JSON body of `{}`, or none): the customer
 * re-authenticated their exchange; `onReconnected` clears the app's record, and the answer is the
 * account's exchange, `200 { exchangeUrl, state: 'active' }` (the same again); `403` when the
 * exchange is not theirs.
 */
export async function reconnectedRoute(context: CustomerRouteContext, request: Request, exchangeId: string): Promise<Response> {
  const { dwolla, onReconnected, onError } = context;
  try {
    const customer = await context.customerId(request);
    if (!customer) return jsonResponse(errorBodies.forbiddenExchange, 403);
    const refused = await refusedBody(request, 'a reconnection takes no fields');
    if (refused) return refused;
    const exchangeUrl = await customerExchangeUrl(dwolla, customer, exchangeId);
    if (!exchangeUrl) return jsonResponse(errorBodies.forbiddenExchange, 403);
    await onReconnected?.(request, { customerId: customer, exchangeId: exchangeUrl.split('/').pop() ?? exchangeId, exchangeUrl });
    return jsonResponse({ exchangeUrl, state: 'active' });
  } catch (error) {
    return failureResponse(error, request, onError);
  }
}

/** The answer to a body that is not empty (`{}`, or none, is the only one these routes take); `undefined` for an empty one. */
async function refusedBody(request: Request, why: string): Promise<Response | undefined> {
  const read = await readJsonBody(request, { emptyAs: {} });
  if ('refused' in read) return read.refused;
  const problems: DwollaErrorDetail[] = [];
  if (isJsonObject(read.json)) onlyFields(read.json, [], '', why, problems);
  else problems.push(invalid('', 'The body must be a JSON object.'));
  return problems.length > 0 ? jsonResponse(validationErrorBody(problems), 400) : undefined;
}
