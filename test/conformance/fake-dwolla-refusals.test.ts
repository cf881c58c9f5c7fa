// What Dwolla refuses, the fake refuses, with Dwolla's status and error: Dwolla's errors page,
// its API document and the pages of each route.
import { describe, expect, it } from 'vitest';
import { fakeDwollaCredentials, type FakeDwolla } from '../../src/testing';
import { conformingFetch, customerId, fakeDwollaPerTest, halLink, otherCustomerId } from './fake-dwolla-calls';

const dwolla = fakeDwollaPerTest();
const { get, post, send } = dwolla;
const unknownCustomerId = 'fa4e0003-0000-4000-8000-0000000c0fff';

/** Dwolla's validation error with these `[code, path, message]` problems. */
const validationError = (...problems: Array<readonly [code: string, path: string, message: string]>) => ({
  code: 'ValidationError',
  message: 'Validation error(s) present. See embedded errors list for more details.',
  _embedded: { errors: problems.map(([code, path, message]) => ({ code, message, path })) },
});

describe('the request itself', () => {
  it('refuses an access token it never issued with InvalidAccessToken, one it expired with ExpiredAccessToken', async () => {
    const never = await get('/exchange-partners', { headers: { Authorization: 'Bearer fake-access-token-never-issued' } });
    dwolla.fake.expireTokens();
    const expired = await get('/exchange-partners');
    expect([never.status, never.json, expired.status, expired.json]).toEqual([
      401,
      { code: 'InvalidAccessToken', message: 'Invalid access token.' },
      401,
      { code: 'ExpiredAccessToken', message: 'Expired access token.' },
    ]);
  });

  it('answers Accept: application/json, and refuses a missing or other version with 406 InvalidVersion', async () => {
    const json = await get('/exchange-partners', { headers: { Accept: 'application/json' } });
    const statuses = [(await get('/exchange-partners', { headers: { Accept: null } })).status, (await get('/exchange-partners', { headers: { Accept: 'application/vnd.dwolla.v2.hal+json' } })).status];
    expect([json.status, statuses]).toEqual([200, [406, 406]]);
  });

  it('refuses a body in another media type with 415', async () => {
    const body = JSON.stringify({ _links: { 'exchange-partner': { href: dwolla.fake.partnerHref('plaid') } } });
    const { status, json } = await post(`/customers/${customerId}/exchange-sessions`, body, { headers: { 'Content-Type': 'text/plain' } });
    expect([status, json]).toMatchObject([415, { code: 'UnsupportedMediaType' }]);
    expect(dwolla.fake.sessions.size).toBe(0);
  });

  it('refuses a method the path does not take with 405 and Allow', async () => {
    const { status, json, headers } = await post(`/exchange-sessions/fa4e0001-0000-4000-8000-00000000dead`, {});
    expect([status, json, headers.get('allow')]).toMatchObject([405, { code: 'MethodNotAllowed' }, 'GET']);
  });
});

describe('POST /token', () => {
  const form = (secret: string) => `grant_type=client_credentials&client_id=${fakeDwollaCredentials.key}&client_secret=${secret}`;
  const token = (body: string) => conformingFetch('POST', `${dwolla.fake.baseUrl}/token`, { 'Content-Type': 'application/x-www-form-urlencoded' }, body);

  it('takes the key and secret in the form, as Dwolla’s own Node client sends them, and refuses a wrong one', async () => {
    const [right, wrong] = [await token(form(fakeDwollaCredentials.secret)), await token(form('fake-wrong-secret'))];
    expect([right.status, wrong.status, wrong.json]).toEqual([200, 401, { error: 'invalid_client' }]);
    const { access_token: accessToken } = right.json as { access_token: string };
    expect((await get('/exchange-partners', { headers: { Authorization: `Bearer ${accessToken}` } })).status).toBe(200);
  });
});

describe('a customer it does not hold: 404 NotFound, nothing created', () => {
  const partner = (fake: FakeDwolla) => ({ 'exchange-partner': { href: fake.partnerHref('plaid') } });
  it.each([
    ['POST', 'exchange-sessions', (fake: FakeDwolla) => ({ _links: partner(fake) }), 'The requested resource was not found.'],
    ['GET', 'exchanges', () => undefined, 'Customer ID not found. Check Customer ID.'],
    ['POST', 'exchanges', (fake: FakeDwolla) => ({ _links: partner(fake), plaid: { publicToken: 'public-sandbox-fake' } }), 'The requested resource was not found.'],
    ['GET', 'available-exchange-connections', () => undefined, 'The requested resource was not found. Check Customer ID.'],
    ['POST', 'funding-sources', (fake: FakeDwolla) => ({ _links: { exchange: { href: `${fake.baseUrl}/exchanges/x` } }, name: 'Checking', bankAccountType: 'checking' }), 'Customer ID not found. Check Customer ID.'],
  ])('%s /customers/{id}/%s', async (method, collection, body, message) => {
    const { status, json } = await send(method, `/customers/${unknownCustomerId}/${collection}`, { body: body(dwolla.fake) });
    expect([status, json]).toEqual([404, { code: 'NotFound', message }]);
    expect([dwolla.fake.sessions.size, dwolla.fake.exchanges.size, dwolla.fake.fundingSources.length]).toEqual([0, 0, 0]);
  });
});

describe('what a route refuses', () => {
  it('refuses a session with a blank redirect-url', async () => {
    const { status, json } = await post(`/customers/${customerId}/exchange-sessions`, { _links: { 'exchange-partner': { href: dwolla.fake.partnerHref('plaid') }, 'redirect-url': { href: ' ' } } });
    expect([status, json]).toEqual([400, validationError(['Invalid', '/_links/redirect-url/href', '/_links/redirect-url/href is invalid.'])]);
  });

  it('refuses a Checkout.com token that is not a payment’s id (pay_…) with InvalidExchangeToken', async () => {
    const { status, json } = await post(`/customers/${customerId}/exchanges`, { _links: { 'exchange-partner': { href: dwolla.fake.partnerHref('checkout') } }, token: 'tok_fake0000' });
    expect([status, json]).toMatchObject([400, { code: 'InvalidExchangeToken' }]);
    expect(dwolla.fake.exchanges.size).toBe(0);
  });

  it.each([
    ['without a name', { bankAccountType: 'checking' }, ['Required', '/name', 'Name is required.']],
    ['with a bankAccountType Dwolla does not take', { name: 'Gold', bankAccountType: 'gold' }, ['Invalid', '/bankAccountType', 'Bank account type is invalid.']],
  ] as const)('refuses a funding source %s', async (_label, fields, problem) => {
    const exchange = `${dwolla.fake.baseUrl}/exchanges/${await dwolla.createExchange()}`;
    const { status, json } = await post(`/customers/${customerId}/funding-sources`, { _links: { exchange: { href: exchange } }, ...fields });
    expect([status, json]).toEqual([400, validationError(problem)]);
    expect(dwolla.fake.fundingSources).toEqual([]);
  });

  it('refuses an account linked twice with DuplicateResource, naming the funding source it has', async () => {
    const fundingSource = async () => {
      const exchange = `${dwolla.fake.baseUrl}/exchanges/${await dwolla.createExchange()}`;
      return post(`/customers/${customerId}/funding-sources`, { _links: { exchange: { href: exchange } }, name: 'Checking', bankAccountType: 'checking' });
    };
    const first = await fundingSource();
    const { status, json } = await fundingSource();
    const existing = first.headers.get('location') ?? '';
    expect([status, json]).toEqual([400, { code: 'DuplicateResource', message: `Bank already exists: id=${existing.split('/').pop() ?? ''}`, _links: { about: halLink(existing, 'funding-source') } }]);
  });

  it('refuses a funding source on another customer’s exchange', async () => {
    const othersExchange = `${dwolla.fake.baseUrl}/exchanges/${await dwolla.createExchange(otherCustomerId)}`;
    const { status, json } = await post(`/customers/${customerId}/funding-sources`, { _links: { exchange: { href: othersExchange } }, name: 'Checking', bankAccountType: 'checking' });
    expect([status, json]).toEqual([400, validationError(['Invalid', '/_links/exchange/href', '/_links/exchange/href is invalid.'])]);
    expect(dwolla.fake.fundingSources).toEqual([]);
  });
});
