// GET {basePath}/linked: the signed-in customer's exchanges, newest first, each with its partner, its
// state and the funding sources made from it, read from the fake Dwolla through every page of both
// lists; the state from the app's records (accountState) unless Dwolla says the exchange stopped.
import { describe, expect, it, vi } from 'vitest';
import type { LinkedAccount } from '../../src/server';
import { base, customerId, fakeDwollaPerTest, otherCustomerIds, send } from './handler-harness';

const [otherCustomer = ''] = otherCustomerIds;
import { card, linkAccount, plaidToken } from './linked-harness';

let clock = Date.parse('2026-03-02T10:00:00.000Z');
const fake = fakeDwollaPerTest({ pageSize: 2, now: () => new Date(clock) });
const later = () => (clock += 60_000);
const linked = async (handler: (request: Request) => Promise<Response>, user = 'user-1') => {
  const response = await handler(send('GET', `${base}/linked`, undefined, user));
  return { status: response.status, json: (await response.json()) as { accounts: LinkedAccount[] } };
};

describe('GET {basePath}/linked', () => {
  it('lists the customer’s exchanges newest first, each with its partner, state, created time and funding sources', async () => {
    const dwolla = fake.client();
    const plaid = await linkAccount(dwolla, customerId, plaidToken(), { name: 'Checking', bankAccountType: 'checking' });
    later();
    const checkout = await linkAccount(dwolla, customerId, { partner: 'checkout', paymentId: 'pay_fake0001' }, { name: 'Debit card', cardDetails: card });
    later();
    const mx = await linkAccount(dwolla, customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-savings' });
    await linkAccount(dwolla, otherCustomer, plaidToken(), { name: 'Not yours', bankAccountType: 'savings' });

    const { status, json } = await linked(fake.handlerWith());
    expect(status).toBe(200);
    const url = (id = '') => `${fake.dwolla.baseUrl}/funding-sources/${id}`;
    expect(json.accounts).toEqual([
      { exchangeId: mx.exchange.id, exchangeUrl: mx.exchange.href, partner: 'mx', state: 'active', created: '2026-03-02T10:02:00.000Z', fundingSources: [] },
      {
        exchangeId: checkout.exchange.id,
        exchangeUrl: checkout.exchange.href,
        partner: 'checkout',
        state: 'active',
        created: '2026-03-02T10:01:00.000Z',
        fundingSources: [{ id: checkout.fundingSource?.id, url: url(checkout.fundingSource?.id), name: 'Debit card', type: 'card', status: 'verified', removed: false }],
      },
      {
        exchangeId: plaid.exchange.id,
        exchangeUrl: plaid.exchange.href,
        partner: 'plaid',
        state: 'active',
        created: '2026-03-02T10:00:00.000Z',
        fundingSources: [{ id: plaid.fundingSource?.id, url: url(plaid.fundingSource?.id), name: 'Checking', type: 'bank', bankAccountType: 'checking', status: 'verified', removed: false }],
      },
    ]);
  });

  it('reads every page of both lists through _links.next', async () => {
    const dwolla = fake.client();
    for (const name of ['One', 'Two', 'Three']) await linkAccount(dwolla, customerId, plaidToken(), { name, bankAccountType: 'checking' });
    const { json } = await linked(fake.handlerWith());
    expect(json.accounts.flatMap(({ fundingSources }) => fundingSources.map(({ name }) => name)).sort()).toEqual(['One', 'Three', 'Two']);
    expect(fake.dwollaRequests(/\/customers\/[^/]+\/(exchanges|funding-sources)$/).filter(({ method }) => method === 'GET').map(({ path }) => path.split('/').pop())).toEqual(['exchanges', 'funding-sources', 'exchanges', 'funding-sources']);
  });

  it('lists a removed funding source, marked removed', async () => {
    const dwolla = fake.client();
    const { fundingSource } = await linkAccount(dwolla, customerId, plaidToken(), { name: 'Old', bankAccountType: 'savings' });
    await dwolla.request({ method: 'POST', path: fundingSource?.href ?? '', body: { removed: true } });
    const { json } = await linked(fake.handlerWith());
    expect(json.accounts[0]?.fundingSources).toMatchObject([{ name: 'Old', removed: true }]);
  });

  it('takes the state from accountState, asked with the request and each exchange', async () => {
    const [reauth, stopped, fine] = [
      await linkAccount(fake.client(), customerId, plaidToken()),
      await linkAccount(fake.client(), customerId, plaidToken()),
      await linkAccount(fake.client(), customerId, plaidToken()),
    ];
    const states = new Map([
      [reauth.exchange.id, 'reauthenticationRequired' as const],
      [stopped.exchange.id, 'deactivated' as const],
    ]);
    const accountState = vi.fn((_request: Request, { exchangeId }: { exchangeId: string }) => Promise.resolve(states.get(exchangeId)));
    const { json } = await linked(fake.handlerWith({ accountState }));
    expect(Object.fromEntries(json.accounts.map(({ exchangeId, state }) => [exchangeId, state]))).toEqual({
      [reauth.exchange.id]: 'reauthenticationRequired',
      [stopped.exchange.id]: 'deactivated',
      [fine.exchange.id]: 'active',
    });
    expect(accountState).toHaveBeenCalledWith(expect.any(Request), { customerId, exchangeId: reauth.exchange.id, exchangeUrl: reauth.exchange.href });
  });

  it('says deactivated when Dwolla’s own status does, whatever accountState says', async () => {
    const { exchange } = await linkAccount(fake.client(), customerId, plaidToken());
    fake.dwolla.deactivateConnection(exchange.id);
    const { json } = await linked(fake.handlerWith({ accountState: () => 'reauthenticationRequired' }));
    expect(json.accounts.map(({ state }) => state)).toEqual(['deactivated']);
  });

  it('names a partner this library does not run other, and leaves out what Dwolla lists without an id', async () => {
    const { exchange } = await linkAccount(fake.client(), customerId, plaidToken());
    await linkAccount(fake.client(), customerId, plaidToken());
    const rewritten: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!response.url.endsWith('/exchanges')) return response;
      const text = (await response.text()).replaceAll(fake.dwolla.partnerHref('plaid'), fake.dwolla.partnerHref('finicity')).replace(`"id":"${exchange.id}"`, '"id":null');
      return new Response(text, { status: response.status, headers: response.headers });
    };
    const { json } = await linked(fake.handlerWith({ dwolla: fake.client(rewritten) }));
    expect(json.accounts.map(({ partner }) => partner)).toEqual(['other']);
  });

  it('refuses a request without a customer with 403, asking Dwolla nothing', async () => {
    const from = fake.dwolla.requests.length;
    const { status, json } = await linked(fake.handlerWith(), 'stranger');
    expect([status, json]).toEqual([403, { code: 'Forbidden', message: 'Not authorized to list linked accounts.' }]);
    expect(fake.dwolla.requests.slice(from)).toEqual([]);
  });

  it('answers a Dwolla failure with 502 and a throwing accountState with 500, telling onError', async () => {
    await linkAccount(fake.client(), customerId, plaidToken());
    const onError = vi.fn();
    fake.dwolla.fault({ method: 'GET', path: /\/funding-sources$/ }, { status: 503 });
    const outage = await linked(fake.handlerWith({ onError }));
    const thrown = await linked(fake.handlerWith({ onError, accountState: () => Promise.reject(new Error('database down')) }));
    expect([outage.status, outage.json, thrown.status, thrown.json]).toEqual([
      502,
      { code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.' },
      500,
      { code: 'ServerError', message: 'A server error occurred.' },
    ]);
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('answers other methods with 405 and Allow: GET, and is not there without customerId', async () => {
    const post = await fake.handlerWith()(send('POST', `${base}/linked`, {}));
    const noCustomers = await fake.handlerWith({ customerId: undefined })(send('GET', `${base}/linked`));
    expect([post.status, post.headers.get('allow'), noCustomers.status]).toEqual([405, 'GET', 404]);
  });
});

describe('POST {basePath}/linked/{exchangeId}/reconnected', () => {
  const reconnected = async (handler: (request: Request) => Promise<Response>, exchangeId: string, body: unknown = {}) => {
    const response = await handler(send('POST', `${base}/linked/${exchangeId}/reconnected`, body));
    return { status: response.status, json: (await response.json()) as unknown };
  };

  it('tells onReconnected of the customer’s own exchange, which then lists active (the same again)', async () => {
    const { exchange } = await linkAccount(fake.client(), customerId, plaidToken(), { name: 'Checking', bankAccountType: 'checking' });
    const records = new Map([[exchange.id, 'reauthenticationRequired' as const]]);
    const onReconnected = vi.fn((_request: Request, { exchangeId }: { exchangeId: string }) => void records.delete(exchangeId));
    const handler = fake.handlerWith({ accountState: (_request, { exchangeId }) => records.get(exchangeId), onReconnected });
    expect((await linked(handler)).json.accounts.map(({ state }) => state)).toEqual(['reauthenticationRequired']);

    for (const id of [exchange.id, exchange.id.toUpperCase()]) {
      expect(await reconnected(handler, id)).toEqual({ status: 200, json: { exchangeUrl: exchange.href, state: 'active' } });
    }
    expect(onReconnected).toHaveBeenCalledWith(expect.any(Request), { customerId, exchangeId: exchange.id, exchangeUrl: exchange.href });
    expect((await linked(handler)).json.accounts.map(({ state }) => state)).toEqual(['active']);
  });

  it('refuses another customer’s exchange with 403, a malformed id or a body with fields with 400, other methods with 405', async () => {
    const { exchange } = await linkAccount(fake.client(), otherCustomer, plaidToken(), { name: 'Not yours', bankAccountType: 'savings' });
    const onReconnected = vi.fn();
    const handler = fake.handlerWith({ onReconnected });
    expect(await reconnected(handler, exchange.id)).toEqual({ status: 403, json: { code: 'Forbidden', message: 'Not authorized to use exchange.' } });
    expect((await reconnected(handler, 'not an id!')).status).toBe(400);
    expect((await reconnected(handler, exchange.id, { state: 'active' })).status).toBe(400);
    const get = await handler(send('GET', `${base}/linked/${exchange.id}/reconnected`));
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect(onReconnected).not.toHaveBeenCalled();
  });
});
