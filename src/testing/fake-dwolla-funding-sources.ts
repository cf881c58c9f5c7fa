import { isJsonObject, linkHref, ownField, ownObject, ownString, type JsonObject } from '../core/backend/json';
import { createdAnswer, errorAnswer, halAnswer, invalidLink, notFoundAnswer, unknownCustomer, validationAnswer, type FakeDwollaAnswer, type FakeDwollaContext, type FakeDwollaProblem } from './fake-dwolla-answers';
import { publishFakeEvent } from './fake-dwolla-events';
import { fundingSourceBody } from './fake-dwolla-funding-source-reads';
import { newFakeId } from './fake-dwolla-state';
import { halLink } from './hal-link';

/** Dwolla's limit on a funding source's name. */
const nameMaxLength = 50;
const bankAccountTypes: ReadonlySet<unknown> = new Set(['checking', 'savings']);

/**
 * `POST /customers/{id}/funding-sources` from one of the customer's exchanges: a bank account
 * (`name`, `bankAccountType`) or a card (`name`, `cardDetails`); an account linked twice is
 * refused with `DuplicateResource`, naming the funding source it has. A new one is verified at
 * once, as an exchange's are: `customer_funding_source_added`, and for a bank account
 * `customer_funding_source_verified` (Dwolla's "added + verified via a third-party bank verification").
 */
export function createFundingSourceAnswer(context: FakeDwollaContext, customerId: string, body: unknown): FakeDwollaAnswer {
  const refused = unknownCustomer(context, customerId, 'Customer ID not found. Check Customer ID.');
  if (refused) return refused;
  const { state, baseUrl } = context;
  const request = isJsonObject(body) ? body : {};
  const exchangeId = linkHref(request, 'exchange')?.split('/').pop();
  const exchange = exchangeId === undefined ? undefined : state.exchanges.get(exchangeId);
  const problems = [...exchangeProblems(linkHref(request, 'exchange'), exchange?.customerId === customerId), ...fieldProblems(request)];
  if (problems.length > 0 || exchangeId === undefined) return validationAnswer(problems);

  const account = `${customerId} ${JSON.stringify(exchange?.body)}`;
  const existing = state.fundingSources.find(({ id }) => id === state.linkedAccounts.get(account));
  if (existing && !existing.removed) {
    return halAnswer(400, { code: 'DuplicateResource', message: `Bank already exists: id=${existing.id}`, _links: { about: halLink(`${baseUrl}/funding-sources/${existing.id}`, 'funding-source') } });
  }
  const id = newFakeId(state);
  state.linkedAccounts.set(account, id);
  state.fundingSources.push({ id, customerId, exchangeId, body, removed: false });
  state.created.set(id, context.now().toISOString());
  const resource = { collection: 'funding-sources', id, customerId } as const;
  publishFakeEvent(context, 'customer_funding_source_added', resource);
  if (!ownObject(request, 'cardDetails')) publishFakeEvent(context, 'customer_funding_source_verified', resource);
  return createdAnswer(baseUrl, 'funding-sources', id);
}

/**
 * `POST /funding-sources/{id}` with `{ "removed": true }`: the funding source removed (Dwolla keeps
 * it, marked `removed`), `customer_funding_source_removed` sent. The fake plays removal only; one
 * removed already is `403` `InvalidResourceState`, as Dwolla answers an update of a removed bank.
 */
export function removeFundingSourceAnswer(context: FakeDwollaContext, id: string, body: unknown): FakeDwollaAnswer {
  const fundingSource = context.state.fundingSources.find((candidate) => candidate.id === id);
  if (!fundingSource) return notFoundAnswer('Funding source not found.');
  if (!isJsonObject(body) || ownField(body, 'removed') !== true) return validationAnswer([['Invalid', '/removed', 'The fake Dwolla plays removal only: removed must be true.']]);
  if (fundingSource.removed) return errorAnswer(403, 'InvalidResourceState', 'A removed bank cannot be updated.');
  fundingSource.removed = true;
  publishFakeEvent(context, 'customer_funding_source_removed', { collection: 'funding-sources', id, customerId: fundingSource.customerId });
  return halAnswer(200, fundingSourceBody(context, fundingSource));
}

/** The exchange link must name one of this customer's exchanges. */
function exchangeProblems(href: string | undefined, isCustomers: boolean): FakeDwollaProblem[] {
  if (href === undefined) return [['Required', '/_links/exchange/href', 'Exchange is required.']];
  return isCustomers ? [] : [invalidLink('exchange')];
}

function fieldProblems(request: JsonObject): FakeDwollaProblem[] {
  const name = ownString(request, 'name')?.trim();
  const problems: FakeDwollaProblem[] = [];
  if (!name) problems.push(['Required', '/name', 'Name is required.']);
  else if (name.length > nameMaxLength) problems.push(['Invalid', '/name', `Name must be ${String(nameMaxLength)} characters or less.`]);
  // A card names its holder and address instead of an account type.
  if (ownObject(request, 'cardDetails')) return problems;
  const type = ownField(request, 'bankAccountType');
  if (type === undefined) problems.push(['Required', '/bankAccountType', 'Bank account type is required.']);
  else if (!bankAccountTypes.has(type)) problems.push(['Invalid', '/bankAccountType', 'Bank account type is invalid.']);
  return problems;
}
