import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDwollaClient, createExchange, createExchangeSession, createFundingSource, createReauthExchangeSession, listAvailableExchangeConnections, retrieveExchangeSession, type DwollaClient } from '../../src/server';
import { fakeDwollaConnections, fakeDwollaCredentials, startFakeDwolla, type FakeDwolla } from '../../src/testing';

// What an app's own backend test does with the test kit's fake Dwolla.
let fake: FakeDwolla;
let dwolla: DwollaClient;
const customerId = 'fa4e0003-0000-4000-8000-00000000c0a1';

beforeEach(async () => {
  fake = await startFakeDwolla({ customers: [customerId] });
  dwolla = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: fake.baseUrl });
});
afterEach(() => fake.close());

describe('startFakeDwolla', () => {
  it('plays the whole journey: session, exchange, funding source, re-authentication, connections', async () => {
    const session = await createExchangeSession(dwolla, { customerId, partner: 'plaid' });
    expect(await retrieveExchangeSession(dwolla, session.id)).toMatchObject({ externalProviderSessionToken: expect.stringMatching(/^link-sandbox-/) });
    const exchange = await createExchange(dwolla, customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    const fundingSource = await createFundingSource(dwolla, customerId, { exchangeHref: exchange.href, name: 'Checking', bankAccountType: 'checking' });
    expect(fundingSource.href).toBe(`${fake.baseUrl}/funding-sources/${fundingSource.id}`);
    const reauth = await createReauthExchangeSession(dwolla, exchange.id);
    expect([...fake.sessions]).toEqual([[session.id, { customerId, partner: 'plaid' }], [reauth.id, { customerId, partner: 'plaid', exchangeId: exchange.id }]]);
    expect(await retrieveExchangeSession(dwolla, reauth.id)).toMatchObject({ _links: { 'exchange-partner': { href: fake.partnerHref('plaid') } } });
    expect(await listAvailableExchangeConnections(dwolla, customerId)).toEqual([]);
    fake.completeMxConnect(fake.addSession('mx', customerId));
    expect(await listAvailableExchangeConnections(dwolla, customerId)).toEqual(fakeDwollaConnections);
    expect(fake.exchanges.get(exchange.id)).toMatchObject({ customerId, partner: 'plaid', body: { plaid: { publicToken: 'public-sandbox-fake' } }, status: 'active' });
    expect(fake.fundingSources).toEqual([{ id: fundingSource.id, customerId, exchangeId: exchange.id, body: { _links: { exchange: { href: exchange.href } }, name: 'Checking', bankAccountType: 'checking' }, removed: false }]);
    expect(fake.requests.map(({ method, path }) => `${method} ${path}`)).toContain(`POST /customers/${customerId}/funding-sources`);
  });

  it('plays faults: an outage, a refused exchange token, an expired access token', async () => {
    fake.fault({ method: 'POST', path: /\/funding-sources$/ }, { status: 503, body: { code: 'ServiceUnavailable', message: 'Down.' } });
    const exchange = await createExchange(dwolla, customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    await expect(createFundingSource(dwolla, customerId, { exchangeHref: exchange.href, name: 'A', bankAccountType: 'checking' })).rejects.toMatchObject({ code: 'server', status: 503 });

    fake.fault({ method: 'POST', path: `/customers/${customerId}/exchanges` }, { status: 401, body: { code: 'InvalidExchangeToken', message: 'Expired.' } });
    await expect(createExchange(dwolla, customerId, { partner: 'plaid', publicToken: 'public-sandbox-stale' })).rejects.toMatchObject({ status: 401, dwolla: { code: 'InvalidExchangeToken' } });

    fake.expireTokens();
    await createExchangeSession(dwolla, { customerId, partner: 'mx' });
    expect(fake.tokensIssued).toBe(2);
  });

  it('holds an answer until the test releases it', async () => {
    let release = () => {};
    fake.fault({ path: '/exchange-partners' }, { delay: new Promise<void>((resolve) => (release = resolve)) });
    const order: string[] = [];
    const held = dwolla.request({ method: 'GET', path: '/exchange-partners' }).then(() => order.push('held'));
    await dwolla.request({ method: 'GET', path: `/customers/${customerId}/exchanges` }).then(() => order.push('other'));
    release();
    await held;
    expect(order).toEqual(['other', 'held']);
  });

  it('answers a POST again with the same Idempotency-Key as it did the first time, creating once', async () => {
    const token = (await (await fetch(`${fake.baseUrl}/token`, { method: 'POST', headers: { Authorization: `Basic ${btoa(`${fakeDwollaCredentials.key}:${fakeDwollaCredentials.secret}`)}` }, body: 'grant_type=client_credentials' })).json()) as { access_token: string };
    const post = () =>
      fetch(`${fake.baseUrl}/customers/${customerId}/exchanges`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token.access_token}`, Accept: 'application/vnd.dwolla.v1.hal+json', 'Content-Type': 'application/json', 'Idempotency-Key': 'fake-key-1' },
        body: JSON.stringify({ _links: { 'exchange-partner': { href: fake.partnerHref('checkout') } }, token: 'pay_fake0001' }),
      });
    const [first, second] = [await post(), await post()];
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(fake.exchanges.size).toBe(1);
  });
});
