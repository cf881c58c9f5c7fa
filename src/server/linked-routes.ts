import { isJsonObject } from '../core/backend/json';
import type { DwollaErrorDetail } from '../core/backend/dwolla-error-body';
import { invalid, onlyFields } from './body-rules';
import { removeCustomerFundingSource } from './funding-source-removal';
import { failureResponse } from './handler-failure';
import type { CustomerRouteContext } from './handler-options';
import { errorBodies, jsonResponse, validationErrorBody } from './json-response';
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
    const read = await readJsonBody(request, { emptyAs: {} });
    if ('refused' in read) return read.refused;
    const problems: DwollaErrorDetail[] = [];
    if (isJsonObject(read.json)) onlyFields(read.json, [], '', 'a removal takes no fields', problems);
    else problems.push(invalid('', 'The body must be a JSON object.'));
    if (problems.length > 0) return jsonResponse(validationErrorBody(problems), 400);
    const removal = await removeCustomerFundingSource(dwolla, customer, fundingSourceId);
    if ('removed' in removal) return jsonResponse({ fundingSourceUrl: removal.removed, removed: true });
    return removal.refused === 'notFound' ? jsonResponse(errorBodies.fundingSourceNotFound, 404) : jsonResponse(errorBodies.forbiddenFundingSource, 403);
  } catch (error) {
    return failureResponse(error, request, onError);
  }
}
