import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExchangeSessionError } from '../../src';
import { createDwollaClient, type DwollaClient } from '../../src/server';
import { startFakeDwolla, type FakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';

let dwolla: FakeDwolla;
let client: DwollaClient;

beforeEach(async () => {
  dwolla = await startFakeDwolla();
  client = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: dwolla.baseUrl });
});
afterEach(() => dwolla.close());

const apiRequests = () => dwolla.requests.filter((request) => request.path !== '/token');

describe('createDwollaClient', () => {
  it('gets a token with HTTP Basic client credentials and sends HAL JSON with it', async () => {
    await client.request({ method: 'GET', path: '/exchange-partners' });
    const [token, api] = dwolla.requests;
    expect(token).toMatchObject({ method: 'POST', path: '/token', contentType: 'application/x-www-form-urlencoded', body: 'grant_type=client_credentials' });
    expect(token!.authorization).toBe(`Basic ${btoa(`${fakeDwollaCredentials.key}:${fakeDwollaCredentials.secret}`)}`);
    expect(api).toMatchObject({ path: '/exchange-partners', authorization: 'Bearer fake-access-token-1', accept: 'application/vnd.dwolla.v1.hal+json' });
  });

  it('caches the token across calls, and shares one token request among concurrent calls', async () => {
    await Promise.all([1, 2, 3].map(() => client.request({ method: 'GET', path: '/exchange-partners' })));
    await client.request({ method: 'GET', path: '/exchange-partners' });
    expect(dwolla.tokensIssued).toBe(1);
    expect(apiRequests()).toHaveLength(4);
  });

  it('renews the token once when Dwolla answers 401, and retries the request', async () => {
    await client.request({ method: 'GET', path: '/exchange-partners' });
    dwolla.expireTokens();
    const { status } = await client.request({ method: 'GET', path: '/exchange-partners' });
    expect(status).toBe(200);
    expect(dwolla.tokensIssued).toBe(2);
    expect(apiRequests().map((request) => request.authorization)).toEqual([
      'Bearer fake-access-token-1',
      'Bearer fake-access-token-1',
      'Bearer fake-access-token-2',
    ]);
  });

  it('renews the token shortly before it expires', async () => {
    await dwolla.close();
    dwolla = await startFakeDwolla({ tokenLifetimeSeconds: 60.2 });
    client = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: dwolla.baseUrl });
    // The clocks are the test's from the first request: only Date is faked (sockets stay real), and
    // it stands still unless the test moves it, so a slow machine cannot spend the 200 ms of slack.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await client.request({ method: 'GET', path: '/exchange-partners' });
      vi.setSystemTime(Date.now() + 150);
      await client.request({ method: 'GET', path: '/exchange-partners' });
      expect(dwolla.tokensIssued).toBe(1);
      vi.setSystemTime(Date.now() + 150);
      await client.request({ method: 'GET', path: '/exchange-partners' });
    } finally {
      vi.useRealTimers();
    }
    expect(dwolla.tokensIssued).toBe(2);
  });

  it('reports wrong credentials as unauthorized, with no secret in the message', async () => {
    const wrong = createDwollaClient({ key: fakeDwollaCredentials.key, secret: 'wrong-secret-0000', environment: 'sandbox', baseUrl: dwolla.baseUrl });
    const error = await wrong.request({ method: 'GET', path: '/exchange-partners' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ExchangeSessionError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(JSON.stringify({ message: (error as Error).message, ...(error as object) })).not.toMatch(/wrong-secret|fake-dwolla-secret|fake-dwolla-key/);
  });

  it('turns Dwolla’s HAL errors into typed errors with the body', async () => {
    const error = await client.request({ method: 'GET', path: '/exchange-sessions/unknown' }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'notFound', status: 404, dwolla: { code: 'notFound', message: 'Exchange session not found.', errors: [] } });
    expect((error as Error).message).toBe('Dwolla answered HTTP 404 for GET /exchange-sessions/unknown: notFound: Exchange session not found.');
  });

  it('never sends its token to another origin', async () => {
    const error = await client.request({ method: 'GET', path: 'https://evil.example/exchange-partners' }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'configuration' });
    expect(apiRequests()).toHaveLength(0);
  });

  it('reports an unreachable Dwolla as network', async () => {
    await dwolla.close();
    const unreachable = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: dwolla.baseUrl });
    dwolla = await startFakeDwolla();
    await expect(unreachable.request({ method: 'GET', path: '/exchange-partners' })).rejects.toMatchObject({ code: 'network' });
  });

  it('picks Dwolla’s host from the environment', () => {
    expect(createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox' }).baseUrl).toBe('https://api-sandbox.dwolla.com');
    expect(createDwollaClient({ ...fakeDwollaCredentials, environment: 'production' }).baseUrl).toBe('https://api.dwolla.com');
  });
});
