import { describe, expect, it, vi } from 'vitest';
import { createExchange, createExchangeSession, createFundingSource, createReauthExchangeSession } from '../../src/server';
import { base, customerId, fakeDwollaPerTest, send } from './handler-harness';

const fake = fakeDwollaPerTest();
const { client, handlerWith, dwollaRequests } = fake;

const exchangesPath = `/customers/${customerId}/exchanges`;
const invalidExchangeToken = { code: 'InvalidExchangeToken', message: 'Exchange token is expired or invalid.' };
const expiredAccessToken = { code: 'ExpiredAccessToken', message: 'Expired access token.' };
const plaidCompletion = { partner: 'plaid', publicToken: 'public-sandbox-fake' };
const randomUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// A key derived from the request: a UUID of version 8 (RFC 9562), a digest's bits.
const derivedUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const exchangePosts = () => dwollaRequests(/\/exchanges$/).filter((request) => request.method === 'POST');

describe('a 401 from Dwolla', () => {
  it('that refuses the exchange token (InvalidExchangeToken) is a 400 to the browser: no new access token, the exchange posted once', async () => {
    fake.dwolla.fault({ method: 'POST', path: exchangesPath }, { status: 401, body: invalidExchangeToken });
    const onError = vi.fn();
    const response = await handlerWith({ onError })(send('POST', `${base}/${fake.sessionId}/exchange`, plaidCompletion));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BadRequest', message: 'Dwolla refused to create the exchange; the token may have expired or been used.' });
    expect(fake.dwolla.tokensIssued).toBe(1);
    expect(exchangePosts()).toHaveLength(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ status: 401, dwolla: { code: 'InvalidExchangeToken' } });
  });

  it.each([
    ['ExpiredAccessToken', expiredAccessToken],
    ['InvalidAccessToken', { code: 'InvalidAccessToken', message: 'Invalid access token.' }],
  ])('that refuses the access token (%s) renews it once and re-sends the POST with the same Idempotency-Key', async (_code, body) => {
    fake.dwolla.fault({ method: 'POST', path: exchangesPath }, { status: 401, body });
    await createExchange(client(), customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    expect(fake.dwolla.tokensIssued).toBe(2);
    const [first, second] = exchangePosts();
    expect(first?.authorization).toBe('Bearer fake-access-token-1');
    expect(second?.authorization).toBe('Bearer fake-access-token-2');
    expect(first?.idempotencyKey).toMatch(derivedUuid);
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(fake.dwolla.exchanges.size).toBe(1);
  });

  it('that still refuses the renewed access token is a 502, never the browser’s fault', async () => {
    fake.dwolla.fault({ method: 'POST', path: exchangesPath }, { status: 401, body: expiredAccessToken }, 2);
    const response = await handlerWith()(send('POST', `${base}/${fake.sessionId}/exchange`, plaidCompletion));
    expect(response.status).toBe(502);
    expect(exchangePosts()).toHaveLength(2);
  });

  it('of any other kind is not taken for an expired token', async () => {
    fake.dwolla.fault({ method: 'GET', path: '/exchange-partners' }, { status: 401, body: { code: 'InvalidCredentials', message: 'Invalid credentials.' } });
    await expect(createExchangeSession(client(), { customerId, partner: 'plaid' })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(fake.dwolla.tokensIssued).toBe(1);
  });
});

describe('Idempotency-Key', () => {
  it('is a fresh random UUID on each session creation, and never sent on a GET', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    await createExchangeSession(client(), { customerId, partner: 'plaid' });
    await createExchangeSession(client(), { customerId, partner: 'plaid' });
    await createReauthExchangeSession(client(), exchangeId);
    const keys = dwollaRequests(/exchange-sessions$/).map((request) => request.idempotencyKey);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key).toMatch(randomUuid);
    expect(new Set(keys).size).toBe(3);
    const gets = fake.dwolla.requests.filter((request) => request.method === 'GET');
    expect(gets.length).toBeGreaterThan(0);
    expect(gets.filter((request) => request.idempotencyKey !== undefined)).toEqual([]);
  });

  it('is derived from the request on an exchange and a funding source: the same call again is the same key and the first resource', async () => {
    const token = { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' } as const;
    const first = await createExchange(client(), customerId, token);
    expect(await createExchange(client(), customerId, token)).toEqual(first);
    const fundingSource = { exchangeHref: first.href, name: 'Checking', bankAccountType: 'checking' } as const;
    const source = await createFundingSource(client(), customerId, fundingSource);
    expect(await createFundingSource(client(), customerId, fundingSource)).toEqual(source);
    for (const path of [/\/exchanges$/, /\/funding-sources$/]) {
      const [once, again] = dwollaRequests(path).map((request) => request.idempotencyKey);
      expect(once).toMatch(derivedUuid);
      expect(again).toBe(once);
    }
    expect([fake.dwolla.exchanges.size, fake.dwolla.fundingSources.length]).toEqual([1, 1]);
  });

  it.each([
    ['another token', { partner: 'mx', availableConnectionToken: 'fake-connection-token-savings' }, customerId, {}],
    ['another customer', { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' }, 'fa4e0003-0000-4000-8000-00000000c002', {}],
    ['another exchange session', { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' }, customerId, { idempotencyKey: 'fa4e0009-0000-4000-8000-000000000009' }],
  ] as const)('differs for %s', async (_label, token, customer, options) => {
    await createExchange(client(), customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    await createExchange(client(), customer, token, options);
    const [once, other] = exchangePosts().map((request) => request.idempotencyKey);
    expect(other).toMatch(derivedUuid);
    expect(other).not.toBe(once);
  });
});

describe('a 409 from Dwolla: a request with the same Idempotency-Key still held', () => {
  it('is a 409 to the browser, not a refused token, and the exchange is posted once', async () => {
    fake.dwolla.fault({ method: 'POST', path: exchangesPath }, { status: 409, body: { code: 'Conflict', message: 'upstream-detail-409' } });
    const response = await handlerWith()(send('POST', `${base}/${fake.sessionId}/exchange`, plaidCompletion));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ code: 'Conflict', message: 'Dwolla is still processing the same request; try again later.' });
    expect(exchangePosts()).toHaveLength(1);
  });
});

describe('a 409 for a funding source: Dwolla holds its key after a failure of its own, for 24 hours', () => {
  const fundingSourcesPath = `/customers/${customerId}/funding-sources`;
  const fundingSourcePosts = () => dwollaRequests(/\/funding-sources$/).filter((request) => request.method === 'POST');
  const withFundingSource = { ...plaidCompletion, fundingSource: { name: 'Checking', bankAccountType: 'checking' } };

  it('posts it once more under a new key, and answers with the funding source', async () => {
    fake.dwolla.fault({ method: 'POST', path: fundingSourcesPath }, { status: 409, body: { code: 'Conflict', message: 'upstream-detail-409' } });
    const response = await handlerWith()(send('POST', `${base}/${fake.sessionId}/exchange`, withFundingSource));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ exchangeUrl: expect.stringContaining('/exchanges/') as unknown, fundingSourceUrl: expect.stringContaining('/funding-sources/') as unknown });
    const [held, fresh] = fundingSourcePosts();
    expect(held?.idempotencyKey).toMatch(derivedUuid);
    expect(fresh?.idempotencyKey).toMatch(randomUuid);
    expect(fake.dwolla.fundingSources).toHaveLength(1);
  });

  it('ends with the funding source the customer has when the first post had made it (Dwolla’s DuplicateResource)', async () => {
    const first = await handlerWith()(send('POST', `${base}/${fake.sessionId}/exchange`, withFundingSource));
    const { exchangeUrl, fundingSourceUrl } = (await first.json()) as { exchangeUrl: string; fundingSourceUrl: string };
    fake.dwolla.fault({ method: 'POST', path: fundingSourcesPath }, { status: 409, body: { code: 'Conflict', message: 'upstream-detail-409' } });
    const retried = await handlerWith()(send('POST', `${base}/${fake.sessionId}/exchange`, { partner: 'plaid', exchangeUrl, fundingSource: withFundingSource.fundingSource }));
    expect(retried.status).toBe(201);
    expect(await retried.json()).toEqual({ exchangeUrl, fundingSourceUrl });
    expect(fake.dwolla.fundingSources).toHaveLength(1);
  });
});

