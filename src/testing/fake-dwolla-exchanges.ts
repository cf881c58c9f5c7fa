import { isJsonObject, ownField, ownObject, type JsonObject } from '../core/backend/json';
import type { ExchangePartner } from '../core/session/session';
import {
  createdAnswer,
  errorAnswer,
  halAnswer,
  unknownCustomer,
  validationAnswer,
  type FakeDwollaAnswer,
  type FakeDwollaContext,
  type FakeDwollaProblem,
} from './fake-dwolla-answers';
import { pagedAnswer } from './fake-dwolla-pages';
import { creationPartner, fakePartnerHref } from './fake-dwolla-partners';
import { fakeDwollaConnections, newFakeId, type FakeDwollaExchange } from './fake-dwolla-state';
import { halLink } from './hal-link';

/** `POST /customers/{id}/exchanges`: an exchange from the partner's token, which must be there and, for Checkout.com, a payment's id. */
export function createExchangeAnswer(context: FakeDwollaContext, customerId: string, body: unknown): FakeDwollaAnswer {
  const named = creationPartner(context, customerId, body);
  if ('refused' in named) return named.refused;
  const { partner } = named;
  const token = tokenOf(partner, isJsonObject(body) ? body : {});
  if (typeof token.value !== 'string' || token.value === '') return validationAnswer([token.missing]);
  if (partner === 'checkout' && !token.value.startsWith('pay_')) {
    return errorAnswer(400, 'InvalidExchangeToken', 'The exchange token is not valid to perform this operation. Either the token is expired or invalid, or the products permissions to the token are invalid or expired.');
  }
  const id = newFakeId(context.state);
  context.state.exchanges.set(id, { customerId, partner, body, status: 'active', reauthenticationRequired: false });
  context.state.created.set(id, context.now().toISOString());
  return createdAnswer(context.baseUrl, 'exchanges', id);
}

/** `GET /customers/{id}/exchanges`: the customer's exchanges, each with Dwolla's links and status, page by page. */
export function listExchangesAnswer(context: FakeDwollaContext, customerId: string, query: URLSearchParams): FakeDwollaAnswer {
  const refused = unknownCustomer(context, customerId, 'Customer ID not found. Check Customer ID.');
  if (refused) return refused;
  const exchanges = [...context.state.exchanges].filter(([, exchange]) => exchange.customerId === customerId).map(([id, exchange]) => listedExchange(context, id, exchange));
  return pagedAnswer(context, query, { path: `/customers/${customerId}/exchanges`, key: 'exchanges', resourceType: 'exchange', items: exchanges });
}

/** `GET /customers/{id}/available-exchange-connections`: the accounts MX Connect connected, none before it ran. */
export function availableConnectionsAnswer(context: FakeDwollaContext, customerId: string): FakeDwollaAnswer {
  const refused = unknownCustomer(context, customerId, 'The requested resource was not found. Check Customer ID.');
  if (refused) return refused;
  const customer = `${context.baseUrl}/customers/${customerId}`;
  return halAnswer(200, {
    _links: { self: halLink(`${customer}/available-exchange-connections`, 'customer'), customers: halLink(customer, 'customer') },
    _embedded: { 'available-exchange-connections': context.state.mxConnected.has(customerId) ? fakeDwollaConnections : [] },
  });
}

function listedExchange({ baseUrl, state }: FakeDwollaContext, id: string, { customerId, partner, status }: FakeDwollaExchange) {
  return {
    _links: {
      self: halLink(`${baseUrl}/exchanges/${id}`, 'exchange'),
      'exchange-partner': halLink(fakePartnerHref(baseUrl, partner), 'exchange-partner'),
      'funding-sources': halLink(`${baseUrl}/funding-sources`, 'funding-source'),
      customer: halLink(`${baseUrl}/customers/${customerId}`, 'customer'),
    },
    id,
    status,
    created: state.created.get(id),
  };
}

/** The partner's token in an exchange body, and the problem Dwolla reports when it is missing. */
function tokenOf(partner: ExchangePartner, body: JsonObject): { value: unknown; missing: FakeDwollaProblem } {
  switch (partner) {
    case 'plaid':
      return { value: ownField(ownObject(body, 'plaid') ?? {}, 'publicToken'), missing: ['Required', '/plaid/publicToken', 'Public token is required.'] };
    case 'mx':
      return { value: ownField(ownObject(body, 'mx') ?? {}, 'availableConnectionToken'), missing: ['Required', '/mx/availableConnectionToken', 'Available connection token is required.'] };
    case 'checkout':
      return { value: ownField(body, 'token'), missing: ['Required', '/token', 'Token is required.'] };
    default:
      return partner satisfies never;
  }
}
