import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseExchangeSession } from '../../src/core';
import { createDwollaClient, createExchangeSessionHandler, toNodeHandler, type ExchangeSessionHandlerOptions } from '../../src/server';
import { startFakeDwolla, type FakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';

let dwolla: FakeDwolla;
let sessionId: string;
const customerId = 'fa4e0003-0000-4000-8000-00000000c001';

beforeEach(async () => {
  dwolla = await startFakeDwolla({ customers: [customerId] });
  sessionId = dwolla.addSession('plaid', customerId);
});
afterEach(() => dwolla.close());

function handlerWith(options: Partial<ExchangeSessionHandlerOptions> = {}) {
  const client = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: dwolla.baseUrl });
  return createExchangeSessionHandler({ dwolla: client, authorize: () => true, ...options });
}

const get = (path: string, init?: RequestInit) => new Request(`https://app.example${path}`, init);

/** Nothing the browser receives may carry a credential or a token. */
function expectNoSecrets(text: string) {
  for (const secret of [fakeDwollaCredentials.key, fakeDwollaCredentials.secret, 'fake-access-token']) expect(text).not.toContain(secret);
}

describe('createExchangeSessionHandler', () => {
  it('serves Dwolla’s session to an authorized request, uncached', async () => {
    const authorize = vi.fn(() => true);
    const response = await handlerWith({ authorize })(get(`/api/exchange-sessions/${sessionId}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expectNoSecrets(text);
    expect(parseExchangeSession(JSON.parse(text))).toMatchObject({ partner: 'plaid', id: sessionId });
    expect(authorize).toHaveBeenCalledWith(expect.any(Request), sessionId);
  });

  it.each([
    ['false', () => false],
    ['undefined', () => undefined as unknown as boolean],
    ['a truthy non-true value', () => 'yes' as unknown as boolean],
    ['a rejected promise', () => Promise.resolve(false)],
  ])('denies when authorize answers %s, before asking Dwolla', async (_label, authorize) => {
    const response = await handlerWith({ authorize })(get(`/api/exchange-sessions/${sessionId}`));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Not authorized to retrieve exchange session.' });
    expect(dwolla.requests.some((request) => request.path.startsWith('/exchange-sessions'))).toBe(false);
  });

  it('answers 500 without detail when authorize throws, and tells onError', async () => {
    const onError = vi.fn();
    const response = await handlerWith({ authorize: () => Promise.reject(new Error('db down')), onError })(get(`/api/exchange-sessions/${sessionId}`));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('db down');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'db down' }), expect.any(Request));
  });

  it('answers as usual when the app’s onError itself throws', async () => {
    const onError = vi.fn(() => {
      throw new Error('logger down');
    });
    const response = await handlerWith({ onError })(get('/api/exchange-sessions/fa4e9999-0000-4000-8000-000000000000'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'NotFound', message: 'Exchange session not found.' });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('answers 404 for a session Dwolla does not know, in Dwolla’s shape', async () => {
    const response = await handlerWith()(get('/api/exchange-sessions/fa4e9999-0000-4000-8000-000000000000'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'NotFound', message: 'Exchange session not found.' });
  });

  it('answers 502 without Dwolla’s internals when Dwolla fails', async () => {
    const onError = vi.fn();
    const client = createDwollaClient({ key: fakeDwollaCredentials.key, secret: 'wrong-secret', environment: 'sandbox', baseUrl: dwolla.baseUrl });
    const handler = createExchangeSessionHandler({ dwolla: client, authorize: () => true, onError });
    const response = await handler(get(`/api/exchange-sessions/${sessionId}`));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.' });
    expectNoSecrets(text);
    expect(text).not.toContain('wrong-secret');
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'unauthorized' });
  });

  it('refuses bad ids, other methods and other paths', async () => {
    const handler = handlerWith();
    expect((await handler(get('/api/exchange-sessions/%2e%2e/token'))).status).toBe(404);
    expect((await handler(get('/api/exchange-sessions/a%2Fb'))).status).toBe(400);
    // The collection, which a handler without customerId does not serve.
    expect((await handler(get('/api/exchange-sessions/'))).status).toBe(404);
    const post = await handler(get(`/api/exchange-sessions/${sessionId}`, { method: 'POST', body: '{}' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect((await handler(get('/api/other/abc'))).status).toBe(404);
  });

  it('serves a custom base path', async () => {
    const response = await handlerWith({ basePath: '/bank/sessions/' })(get(`/bank/sessions/${sessionId}`));
    expect(response.status).toBe(200);
  });
});

describe('toNodeHandler', () => {
  it('serves the handler from node:http, headers and status included', async () => {
    const seen: string[] = [];
    const handler = handlerWith({
      authorize: (request) => {
        seen.push(request.headers.get('cookie') ?? '');
        return request.headers.get('cookie') === 'session=fake-user';
      },
    });
    const server = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const allowed = await fetch(`${base}/api/exchange-sessions/${sessionId}`, { headers: { cookie: 'session=fake-user' } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('content-type')).toMatch(/^application\/json/);
      expect(parseExchangeSession(await allowed.json()).id).toBe(sessionId);
      const denied = await fetch(`${base}/api/exchange-sessions/${sessionId}`);
      expect(denied.status).toBe(403);
      expect(seen).toEqual(['session=fake-user', '']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('createExchangeSessionHandler, POST', () => {
  const post = (body: unknown, user = 'user-1') =>
    get('/api/exchange-sessions', { method: 'POST', headers: { 'X-Fake-User': user, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  function creatingHandler(onCreated = vi.fn()) {
    return {
      onCreated,
      handler: handlerWith({ customerId: (request) => (request.headers.get('x-fake-user') === 'user-1' ? customerId : undefined), onCreated }),
    };
  }

  it('creates a session for the request’s customer, tells onCreated, and answers 201 with its Location', async () => {
    const { handler, onCreated } = creatingHandler();
    const response = await handler(post({ partner: 'checkout' }));
    expect(response.status).toBe(201);
    const id = [...dwolla.sessions.keys()].at(-1);
    expect(id).not.toBe(sessionId);
    expect(response.headers.get('location')).toBe(`/api/exchange-sessions/${String(id)}`);
    expect(onCreated).toHaveBeenCalledWith(expect.any(Request), { id, customerId, partner: 'checkout' });
    expect(dwolla.requests.some((request) => request.method === 'POST' && request.path === `/customers/${customerId}/exchange-sessions`)).toBe(true);
  });

  it('denies a request with no customer, and refuses an unknown partner', async () => {
    const { handler, onCreated } = creatingHandler();
    expect((await handler(post({ partner: 'plaid' }, 'stranger'))).status).toBe(403);
    expect((await handler(post({ partner: 'finicity' }))).status).toBe(400);
    expect((await handler(get('/api/exchange-sessions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'not json' }))).status).toBe(400);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('is off unless customerId is given', async () => {
    expect((await handlerWith()(post({ partner: 'plaid' }))).status).toBe(404);
  });
});
