import { isJsonObject, linkHref, ownField, ownObject, ownString } from '../core/backend/json';
import type { ExchangePartner } from '../core/session/session';
import { fakeDwollaConnections, fakePartnerIds, fakePartnerNames, newFakeId, type FakeDwollaPartner } from './fake-dwolla-state';
import { halAnswer, validationAnswer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { exchangeSessionFixture } from './fixtures';

const notFound = (message: string) => halAnswer(404, { code: 'NotFound', message });

/** The fake's API routes, after the token and version checks. */
export function fakeDwollaRoutes(context: FakeDwollaContext, method: string, path: string, body: unknown): FakeDwollaAnswer {
  const { state, baseUrl } = context;
  const [first = '', given, sub, ...rest] = path.split('/').slice(1).map(decodeSegment);
  const route = `${method} /${first}${given === undefined ? '' : '/{id}'}${sub === undefined ? '' : `/${sub}`}`;
  if (rest.length > 0 || given === '') return notFound('The requested resource was not found.');
  const id = given ?? '';
  switch (route) {
    case 'GET /exchange-partners':
      return listPartners(baseUrl);
    case 'POST /customers/{id}/exchange-sessions': {
      const partner = partnerOf(baseUrl, body);
      if (!partner || partner === 'finicity') return validationAnswer('Invalid exchange partner.', '/_links/exchange-partner/href');
      return created(baseUrl, 'exchange-sessions', addFakeSession(context, partner, id));
    }
    case 'GET /exchange-sessions/{id}': {
      const session = state.sessions.get(id);
      if (!session) return notFound('Exchange session not found.');
      const json = JSON.stringify(exchangeSessionFixture(session.partner, { id: id, mxUrl: context.mxUrl?.() }));
      return halAnswer(200, JSON.parse(json.replaceAll('https://api-sandbox.dwolla.com', baseUrl)));
    }
    case 'POST /exchanges/{id}/exchange-sessions': {
      const exchange = state.exchanges.get(id);
      if (!exchange) return notFound('Exchange not found.');
      return created(baseUrl, 'exchange-sessions', addFakeSession(context, exchange.partner, exchange.customerId));
    }
    case 'GET /customers/{id}/available-exchange-connections':
      return halAnswer(200, { _links: {}, _embedded: { 'available-exchange-connections': fakeDwollaConnections } });
    case 'GET /customers/{id}/exchanges': {
      const listed = [...state.exchanges].filter(([, exchange]) => exchange.customerId === id);
      const exchanges = listed.map(([exchangeId]) => ({ _links: { self: { href: `${baseUrl}/exchanges/${exchangeId}` } }, id: exchangeId, status: 'active' }));
      return halAnswer(200, { _links: { self: { href: `${baseUrl}${path}` } }, _embedded: { exchanges }, total: listed.length });
    }
    case 'POST /customers/{id}/exchanges': {
      const partner = partnerOf(baseUrl, body);
      if (!partner || partner === 'finicity' || !hasExchangeToken(partner, body)) return validationAnswer('Invalid exchange.', '/');
      const exchangeId = newFakeId(state);
      state.exchanges.set(exchangeId, { customerId: id, partner, body });
      return created(baseUrl, 'exchanges', exchangeId);
    }
    case 'POST /customers/{id}/funding-sources':
      return createFundingSource(context, id, body);
    default:
      return notFound('The requested resource was not found.');
  }
}

/** Adds a session of `partner` for `customerId`; returns its id. */
export function addFakeSession({ state }: FakeDwollaContext, partner: ExchangePartner, customerId: string): string {
  const id = newFakeId(state);
  state.sessions.set(id, { partner, customerId });
  return id;
}

/** The URL of a partner in the fake's list. */
export function fakePartnerHref(baseUrl: string, partner: FakeDwollaPartner): string {
  return `${baseUrl}/exchange-partners/${fakePartnerIds[partner]}`;
}

function listPartners(baseUrl: string): FakeDwollaAnswer {
  const list = (Object.keys(fakePartnerIds) as FakeDwollaPartner[]).map((partner) => ({
    _links: { self: { href: fakePartnerHref(baseUrl, partner) } },
    id: fakePartnerIds[partner],
    name: fakePartnerNames[partner],
    status: 'active',
    created: '2024-01-01T00:00:00.000Z',
  }));
  return halAnswer(200, { _links: {}, _embedded: { 'exchange-partners': list }, total: list.length });
}

function createFundingSource({ state, baseUrl }: FakeDwollaContext, customerId: string, body: unknown): FakeDwollaAnswer {
  const exchangeId = isJsonObject(body) ? linkHref(body, 'exchange')?.split('/').pop() : undefined;
  const exchange = exchangeId === undefined ? undefined : state.exchanges.get(exchangeId);
  const account = exchange && `${customerId} ${JSON.stringify(exchange.body)}`;
  const existing = account && state.linkedAccounts.get(account);
  if (existing) {
    return halAnswer(400, {
      code: 'DuplicateResource',
      message: `Bank already exists: id=${existing}`,
      _links: { about: { href: `${baseUrl}/funding-sources/${existing}`, type: 'application/vnd.dwolla.v1.hal+json', 'resource-type': 'funding-source' } },
    });
  }
  const id = newFakeId(state);
  if (account) state.linkedAccounts.set(account, id);
  state.fundingSources.push({ customerId, body });
  return created(baseUrl, 'funding-sources', id);
}

function created(baseUrl: string, collection: string, id: string): FakeDwollaAnswer {
  return { status: 201, headers: { Location: `${baseUrl}/${collection}/${id}` }, body: '' };
}

function partnerOf(baseUrl: string, body: unknown): FakeDwollaPartner | undefined {
  const href = isJsonObject(body) ? linkHref(body, 'exchange-partner') : undefined;
  return (Object.keys(fakePartnerIds) as FakeDwollaPartner[]).find((partner) => fakePartnerHref(baseUrl, partner) === href);
}

function hasExchangeToken(partner: ExchangePartner, body: unknown): boolean {
  if (!isJsonObject(body)) return false;
  switch (partner) {
    case 'plaid':
      return typeof ownString(ownObject(body, 'plaid') ?? {}, 'publicToken') === 'string';
    case 'mx':
      return typeof ownString(ownObject(body, 'mx') ?? {}, 'availableConnectionToken') === 'string';
    case 'checkout':
      return typeof ownField(body, 'token') === 'string';
    default:
      return partner satisfies never;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
