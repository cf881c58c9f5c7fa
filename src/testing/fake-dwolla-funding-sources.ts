import { isJsonObject, linkHref, ownField, ownObject, ownString, type JsonObject } from '../core/backend/json';
import { createdAnswer, halAnswer, invalidLink, unknownCustomer, validationAnswer, type FakeDwollaAnswer, type FakeDwollaContext, type FakeDwollaProblem } from './fake-dwolla-answers';
import { newFakeId } from './fake-dwolla-state';
import { halLink } from './hal-link';

/** Dwolla's limit on a funding source's name. */
const nameMaxLength = 50;
const bankAccountTypes: ReadonlySet<unknown> = new Set(['checking', 'savings']);

/**
 * `POST /customers/{id}/funding-sources` from one of the customer's exchanges: a bank account
 * (`name`, `bankAccountType`) or a card (`name`, `cardDetails`); an account linked twice is
 * refused with `DuplicateResource`, naming the funding source it has.
 */
export function createFundingSourceAnswer(context: FakeDwollaContext, customerId: string, body: unknown): FakeDwollaAnswer {
  const refused = unknownCustomer(context, customerId, 'Customer ID not found. Check Customer ID.');
  if (refused) return refused;
  const { state, baseUrl } = context;
  const request = isJsonObject(body) ? body : {};
  const exchangeId = linkHref(request, 'exchange')?.split('/').pop();
  const exchange = exchangeId === undefined ? undefined : state.exchanges.get(exchangeId);
  const problems = [...exchangeProblems(linkHref(request, 'exchange'), exchange?.customerId === customerId), ...fieldProblems(request)];
  if (problems.length > 0) return validationAnswer(problems);

  const account = `${customerId} ${JSON.stringify(exchange?.body)}`;
  const existing = state.linkedAccounts.get(account);
  if (existing) {
    return halAnswer(400, { code: 'DuplicateResource', message: `Bank already exists: id=${existing}`, _links: { about: halLink(`${baseUrl}/funding-sources/${existing}`, 'funding-source') } });
  }
  const id = newFakeId(state);
  state.linkedAccounts.set(account, id);
  state.fundingSources.push({ customerId, body });
  return createdAnswer(baseUrl, 'funding-sources', id);
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
