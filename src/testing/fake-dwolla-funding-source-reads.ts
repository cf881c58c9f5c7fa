import { isJsonObject, ownObject, ownString } from '../core/backend/json';
import { halAnswer, notFoundAnswer, unknownCustomer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { pagedAnswer } from './fake-dwolla-pages';
import type { FakeDwollaFundingSource } from './fake-dwolla-state';
import { halLink } from './hal-link';

/**
 * A funding source as Dwolla answers it: verified (an exchange's are), a bank account or a card,
 * linked to its customer and to the exchange it was made from, with `remove` until it is removed.
 */
export function fundingSourceBody({ baseUrl, state }: FakeDwollaContext, { id, customerId, exchangeId, body, removed }: FakeDwollaFundingSource) {
  const request = isJsonObject(body) ? body : {};
  const bank = !ownObject(request, 'cardDetails');
  const self = `${baseUrl}/funding-sources/${id}`;
  return {
    _links: {
      self: halLink(self, 'funding-source'),
      customer: halLink(`${baseUrl}/customers/${customerId}`, 'customer'),
      exchange: halLink(`${baseUrl}/exchanges/${exchangeId}`, 'exchange'),
      ...(!removed && { remove: halLink(self, 'funding-source') }),
    },
    id,
    status: 'verified',
    type: bank ? 'bank' : 'card',
    ...(bank && { bankAccountType: ownString(request, 'bankAccountType') }),
    name: ownString(request, 'name'),
    created: state.created.get(id),
    removed,
    channels: bank ? ['ach'] : [],
    ...(bank && { bankName: 'SANDBOX TEST BANK' }),
  };
}

/** `GET /customers/{id}/funding-sources`: the customer's funding sources, removed ones too unless `removed=false`, page by page. */
export function listFundingSourcesAnswer(context: FakeDwollaContext, customerId: string, query: URLSearchParams): FakeDwollaAnswer {
  const refused = unknownCustomer(context, customerId, 'Customer not found.');
  if (refused) return refused;
  const withRemoved = query.get('removed') !== 'false';
  const items = context.state.fundingSources.filter((source) => source.customerId === customerId && (withRemoved || !source.removed)).map((source) => fundingSourceBody(context, source));
  return pagedAnswer(context, query, { path: `/customers/${customerId}/funding-sources`, key: 'funding-sources', resourceType: 'funding-source', items });
}

/** `GET /funding-sources/{id}`. */
export function retrieveFundingSourceAnswer(context: FakeDwollaContext, id: string): FakeDwollaAnswer {
  const fundingSource = context.state.fundingSources.find((candidate) => candidate.id === id);
  return fundingSource ? halAnswer(200, fundingSourceBody(context, fundingSource)) : notFoundAnswer('Funding source not found.');
}
