// Every request the /server client sends to Dwolla, and every answer the fake gives it, across the
// journeys an app's backend runs with the /server handler, against Dwolla's API document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDwollaClient, createExchangeSessionHandler } from '../../src/server';
import { fakeDwollaCredentials, startFakeDwolla, type FakeDwolla } from '../../src/testing';
import { loadDwollaApiDocument } from './dwolla-api-document';
import { customerId } from './fake-dwolla-calls';
import { recordingFetch, type RecordedCall } from './recording-fetch';

const calls: RecordedCall[] = [];
const redirectUrl = 'https://app.example/plaid/oauth-return';
const base = 'https://app.example/api/exchange-sessions';
const cardDetails = { firstName: 'Jane', lastName: 'Doe', billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' } };
let fake: FakeDwolla;
let handler: (request: Request) => Promise<Response>;

/** The handler's answer to `method` on `path` (under its base path), with a JSON body. */
async function call(method: string, path: string, body?: object): Promise<{ status: number; location: string | null; json: Record<string, string> }> {
  const response = await handler(new Request(`${base}${path}`, { method, ...(body && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }) }));
  return { status: response.status, location: response.headers.get('location'), json: (await response.json()) as Record<string, string> };
}

/** Creates a session through the handler; returns its id. */
async function createSession(body: object): Promise<string> {
  const { status, location } = await call('POST', '', body);
  expect(status).toBe(201);
  return location?.split('/').pop() ?? '';
}

beforeAll(async () => {
  fake = await startFakeDwolla({ customers: [customerId] });
  const dwolla = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: fake.baseUrl, fetch: recordingFetch(calls) });
  handler = createExchangeSessionHandler({ dwolla, authorize: () => true, authorizeExchange: () => true, customerId: () => customerId, redirectUrls: [redirectUrl] });

  // Each partner's journey: the session, its accounts (MX), the exchange and its funding source.
  const mx = await createSession({ partner: 'mx' });
  fake.completeMxConnect(mx);
  expect((await call('GET', `/${mx}/available-connections`)).status).toBe(200);
  const bank = { name: 'Checking', bankAccountType: 'checking' };
  const mxExchange = await call('POST', `/${mx}/exchange`, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking', fundingSource: bank });
  expect(mxExchange.status).toBe(201);
  const plaid = await createSession({ partner: 'plaid' });
  expect((await call('GET', `/${plaid}`)).status).toBe(200);
  const plaidExchange = { partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource: bank };
  expect((await call('POST', `/${plaid}/exchange`, plaidExchange)).status).toBe(201);
  const checkout = await createSession({ partner: 'checkout' });
  expect((await call('POST', `/${checkout}/exchange`, { partner: 'checkout', paymentId: 'pay_fake0000', fundingSource: { name: 'Debit card', cardDetails } })).status).toBe(201);

  // The same account again (DuplicateResource, or a replay where the client's Idempotency-Key is
  // the first one's), a funding source for an existing exchange, re-authentication, Plaid on
  // mobile, an unknown session, an expired token.
  expect((await call('POST', `/${plaid}/exchange`, plaidExchange)).status).toBe(201);
  const { json } = await call('POST', `/${plaid}/exchange`, { partner: 'plaid', publicToken: 'public-sandbox-other' });
  expect((await call('POST', `/${plaid}/exchange`, { partner: 'plaid', exchangeUrl: json.exchangeUrl, fundingSource: { name: 'Savings', bankAccountType: 'savings' } })).status).toBe(201);
  await createSession({ exchangeId: json.exchangeUrl?.split('/').pop() });
  await createSession({ partner: 'plaid', redirectUrl });
  expect((await call('GET', '/fa4e0001-0000-4000-8000-00000000dead')).status).toBe(404);

  // After linking: the linked accounts, a funding source removed (and again), one Dwolla does not know.
  expect((await call('GET', '/linked')).status).toBe(200);
  const removed = `/linked/${mxExchange.json.fundingSourceUrl?.split('/').pop() ?? ''}/remove`;
  expect([(await call('POST', removed, {})).status, (await call('POST', removed, {})).status]).toEqual([200, 200]);
  expect((await call('POST', '/linked/fa4e0007-0000-4000-8000-00000000dead/remove', {})).status).toBe(404);
  fake.expireTokens();
  expect((await call('GET', `/${mx}`)).status).toBe(200);
});
afterAll(() => fake.close());

describe('the /server client against Dwolla’s API document, on the fake Dwolla', () => {
  it('sends every request as the document describes it: operation, Authorization, Accept, media type, body', async () => {
    const document = await loadDwollaApiDocument();
    expect(calls.flatMap(({ request }) => document.requestProblems(request))).toEqual([]);
  });

  it('gets from the fake only answers the document describes: status, headers, media type, body and its required links', async () => {
    const document = await loadDwollaApiDocument();
    expect(calls.flatMap(({ request, answer }) => document.answerProblems(request, answer))).toEqual([]);
  });

  it('went through every operation the client uses, and the refusals it meets', () => {
    const seen = new Set(calls.map(({ request, answer }) => `${request.method} ${new URL(request.url).pathname.replace(/\/fa4e[\w-]+/g, '/{id}')} ${String(answer.status)}`));
    expect([...seen]).toEqual(expect.arrayContaining([
      'GET /customers/{id}/available-exchange-connections 200',
      'GET /customers/{id}/exchanges 200',
      'GET /customers/{id}/funding-sources 200',
      'GET /funding-sources/{id} 404',
      'POST /funding-sources/{id} 200',
      'GET /exchange-partners 200',
      'GET /exchange-sessions/{id} 200',
      'GET /exchange-sessions/{id} 401',
      'GET /exchange-sessions/{id} 404',
      'POST /customers/{id}/exchange-sessions 201',
      'POST /customers/{id}/exchanges 201',
      'POST /customers/{id}/funding-sources 201',
      'POST /exchanges/{id}/exchange-sessions 201',
      'POST /token 200',
    ]));
  });
});
