import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDwollaClient,
  createExchange,
  createExchangeSession,
  createFundingSource,
  createReauthExchangeSession,
  listAvailableExchangeConnections,
  retrieveExchangeSession,
  type DwollaClient,
} from '../../src/server';
import { parseExchangeSession } from '../../src/core';
import { startFakeDwolla, type FakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';

let dwolla: FakeDwolla;
let client: DwollaClient;
const customerId = 'fa4e0003-0000-4000-8000-00000000c001';

beforeEach(async () => {
  dwolla = await startFakeDwolla({ customers: [customerId] });
  client = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: dwolla.baseUrl });
});
afterEach(() => dwolla.close());

const lastBody = (path: RegExp) => dwolla.requests.filter((request) => path.test(request.path)).at(-1)?.body;

describe('exchange sessions', () => {
  it.each(['mx', 'plaid', 'checkout'] as const)('creates a %s session by partner name and reads it back', async (partner) => {
    const created = await createExchangeSession(client, { customerId, partner });
    expect(created.href).toBe(`${dwolla.baseUrl}/exchange-sessions/${created.id}`);
    expect(lastBody(/exchange-sessions$/)).toEqual({ _links: { 'exchange-partner': { href: dwolla.partnerHref(partner) } } });
    expect(parseExchangeSession(await retrieveExchangeSession(client, created.href)).partner).toBe(partner);
  });

  it('matches Dwolla’s partner names case-insensitively and lists the partners once', async () => {
    await createExchangeSession(client, { customerId, partner: 'PLAID', redirectUrl: 'https://app.example/plaid-oauth' });
    await createExchangeSession(client, { customerId, partner: 'Checkout.com' });
    expect(dwolla.requests.filter((request) => request.path === '/exchange-partners')).toHaveLength(1);
    expect(dwolla.requests.find((request) => request.method === 'POST' && request.path.endsWith('/exchange-sessions'))?.body).toEqual({
      _links: { 'exchange-partner': { href: dwolla.partnerHref('plaid') }, 'redirect-url': { href: 'https://app.example/plaid-oauth' } },
    });
  });

  it('reports a partner Dwolla does not list as unsupportedPartner', async () => {
    await expect(createExchangeSession(client, { customerId, partner: 'Yodlee' })).rejects.toMatchObject({ code: 'unsupportedPartner' });
  });

  it('passes Dwolla’s validation errors through as typed errors', async () => {
    await expect(createExchangeSession(client, { customerId, partner: 'Finicity' })).rejects.toMatchObject({
      code: 'badRequest',
      dwolla: { code: 'ValidationError', errors: [{ code: 'Invalid', path: '/_links/exchange-partner/href' }] },
    });
  });

  it('creates a re-authentication session for an exchange', async () => {
    const exchange = await createExchange(client, customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    const reauth = await createReauthExchangeSession(client, exchange.href);
    const reauthRequest = dwolla.requests.find((request) => request.path === `/exchanges/${exchange.id}/exchange-sessions`);
    expect(reauthRequest).toMatchObject({ method: 'POST', body: {} });
    expect(parseExchangeSession(await retrieveExchangeSession(client, reauth.id)).partner).toBe('plaid');
  });

  it('re-authenticates the exchange an UpdateCredentials body, or its about link, names', async () => {
    const exchange = await createExchange(client, customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    const about = `${exchange.href}/exchange-sessions`;
    await createReauthExchangeSession(client, about);
    await createReauthExchangeSession(client, { code: 'UpdateCredentials', message: 'Re-authenticate.', _links: { about: { href: about } } });
    const paths = dwolla.requests.filter((request) => request.method === 'POST' && request.path.startsWith('/exchanges/')).map((request) => request.path);
    expect(paths).toEqual([`/exchanges/${exchange.id}/exchange-sessions`, `/exchanges/${exchange.id}/exchange-sessions`]);
    await expect(createReauthExchangeSession(client, '')).rejects.toMatchObject({ code: 'configuration' });
  });
});

describe('exchanges and funding sources', () => {
  it.each([
    ['plaid', { partner: 'plaid', publicToken: 'public-sandbox-fake' }, { plaid: { publicToken: 'public-sandbox-fake' } }],
    ['mx', { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' }, { mx: { availableConnectionToken: 'fake-connection-token-checking' } }],
    ['checkout', { partner: 'checkout', paymentId: 'pay_fake0000' }, { token: 'pay_fake0000' }],
  ] as const)('creates a %s exchange with the body Dwolla documents', async (partner, token, expected) => {
    const exchange = await createExchange(client, customerId, token);
    expect(exchange.href).toBe(`${dwolla.baseUrl}/exchanges/${exchange.id}`);
    expect(lastBody(/\/exchanges$/)).toEqual({ _links: { 'exchange-partner': { href: dwolla.partnerHref(partner) } }, ...expected });
    expect(dwolla.exchanges.get(exchange.id)).toMatchObject({ customerId, partner });
  });

  it('lists the customer’s MX connections', async () => {
    dwolla.completeMxConnect(dwolla.addSession('mx', customerId));
    expect(await listAvailableExchangeConnections(client, customerId)).toEqual([
      { availableConnectionToken: 'fake-connection-token-checking', name: 'MX Bank Checking' },
      { availableConnectionToken: 'fake-connection-token-savings', name: 'MX Bank Savings' },
    ]);
  });

  it('creates a bank or a card funding source from an exchange', async () => {
    const card = await createExchange(client, customerId, { partner: 'checkout', paymentId: 'pay_fake0000' });
    const bank = await createExchange(client, customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    const cardDetails = {
      firstName: 'Jane',
      lastName: 'Doe',
      billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
    };
    await createFundingSource(client, customerId, { exchangeHref: card.href, name: 'Debit card', cardDetails });
    await createFundingSource(client, customerId, { exchangeHref: bank.href, name: 'Checking', bankAccountType: 'checking' });
    expect(dwolla.fundingSources.map(({ body }) => body)).toEqual([
      { _links: { exchange: { href: card.href } }, name: 'Debit card', cardDetails },
      { _links: { exchange: { href: bank.href } }, name: 'Checking', bankAccountType: 'checking' },
    ]);
  });

  it('encodes ids it puts into paths', async () => {
    await expect(listAvailableExchangeConnections(client, '../token')).rejects.toMatchObject({ status: 404 });
    expect(dwolla.requests.at(-1)?.path).toBe('/customers/..%2Ftoken/available-exchange-connections');
  });
});
