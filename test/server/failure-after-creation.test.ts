// Issue 24, item 2: a failure after something exists names it, so that the browser never spends its token again.
import { describe, expect, it, vi } from 'vitest';
import { createExchange } from '../../src/server';
import { base, customerId, fakeDwollaPerTest, refusing, send } from './handler-harness';

const fake = fakeDwollaPerTest();
const { client, handlerWith, newestSessionId } = fake;
const path = () => `${base}/${fake.sessionId}/exchange`;
const token = { partner: 'plaid', publicToken: 'public-sandbox-fake' };
const fundingSource = { name: 'Checking', bankAccountType: 'checking' };
const serverError = { code: 'ServerError', message: 'A server error occurred.' };
const appFailure = new Error('db down: secret-detail');
const throwing = () => Promise.reject(appFailure);
const loggerDown = () => {
  throw new Error('logger down');
};
const onlyExchangeUrl = () => `${fake.dwolla.baseUrl}/exchanges/${[...fake.dwolla.exchanges.keys()][0]!}`;
const about = (href: string) => ({ _links: { about: { href } } });

describe('POST {basePath}/{id}/exchange: a failure after the exchange exists names it', () => {
  it.each([
    ['onError is fine', vi.fn()],
    ['onError throws too', vi.fn(loggerDown)],
  ])('onExchangeCreated throws (%s): 500 naming the exchange, and onError gets the app’s throw', async (_label, onError) => {
    const response = await handlerWith({ onExchangeCreated: throwing, onError })(send('POST', path(), token));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ ...serverError, ...about(onlyExchangeUrl()) });
    expect(text).not.toContain('secret-detail');
    expect(onError).toHaveBeenCalledExactlyOnceWith(appFailure, expect.any(Request));
  });

  it('onExchangeCreated throws after the funding source was made: the retry with exchangeUrl answers that funding source and records it', async () => {
    const failed = await handlerWith({ onExchangeCreated: throwing })(send('POST', path(), { ...token, fundingSource }));
    const { _links } = (await failed.json()) as { _links: { about: { href: string } } };
    expect(_links.about.href).toBe(onlyExchangeUrl());
    const onExchangeCreated = vi.fn();
    const retried = await handlerWith({ onExchangeCreated })(send('POST', path(), { partner: 'plaid', exchangeUrl: _links.about.href, fundingSource }));
    expect(retried.status).toBe(201);
    const { fundingSourceUrl } = (await retried.json()) as { fundingSourceUrl: string };
    expect(fake.dwolla.fundingSources).toHaveLength(1);
    expect(onExchangeCreated).toHaveBeenCalledExactlyOnceWith(expect.any(Request), { sessionId: fake.sessionId, customerId, exchangeUrl: onlyExchangeUrl(), fundingSourceUrl });
  });

  it('the network fails on the funding source: 502 naming the exchange', async () => {
    const offline: typeof fetch = (input, init) => (String(input).endsWith('/funding-sources') ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
    const onError = vi.fn();
    const response = await handlerWith({ dwolla: client(offline), onError })(send('POST', path(), { ...token, fundingSource }));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.', ...about(onlyExchangeUrl()) });
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'network' });
  });

  it('Dwolla refuses the funding source and onExchangeCreated throws: Dwolla’s refusal is answered, naming the exchange; onError hears of both', async () => {
    const refusal = { code: 'ValidationError', message: 'Validation error(s) present.', _embedded: { errors: [{ code: 'Invalid', message: 'x', path: '/name' }] } };
    const onError = vi.fn();
    const handler = handlerWith({ dwolla: client(refusing(/\/funding-sources$/, 400, refusal)), onExchangeCreated: throwing, onError });
    const response = await handler(send('POST', path(), { ...token, fundingSource }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'ValidationError',
      message: 'Dwolla created the exchange but refused to create the funding source.',
      _embedded: { errors: [{ code: 'Invalid', message: 'Dwolla refused this field.', path: '/fundingSource/name' }] },
      ...about(onlyExchangeUrl()),
    });
    expect(onError.mock.calls.map(([error]: unknown[]) => error)).toEqual([expect.objectContaining({ code: 'badRequest' }), appFailure]);
  });
});

describe('POST {basePath}: a failure after the session exists names it', () => {
  it('onCreated throws: 500 naming the session; the same click sent again with its Idempotency-Key answers and records that session', async () => {
    const click = () => {
      const request = send('POST', base, { partner: 'plaid' });
      request.headers.set('Idempotency-Key', 'f1e2d3c4-0000-4000-8000-000000000001');
      return request;
    };
    const failed = await handlerWith({ onCreated: throwing, onError: loggerDown })(click());
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ ...serverError, ...about(`${base}/${newestSessionId()}`) });
    const onCreated = vi.fn();
    const again = await handlerWith({ onCreated })(click());
    expect(again.headers.get('location')).toBe(`${base}/${newestSessionId()}`);
    expect(onCreated).toHaveBeenCalledExactlyOnceWith(expect.any(Request), { id: newestSessionId(), customerId, partner: 'plaid' });
    expect(fake.dwolla.sessions.size).toBe(2);
  });

  it('re-authentication: onCreated throws: 500 naming the session', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    const onError = vi.fn();
    const response = await handlerWith({ authorizeExchange: () => true, onCreated: throwing, onError })(send('POST', base, { exchangeId }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ ...serverError, ...about(`${base}/${newestSessionId()}`) });
    expect(onError).toHaveBeenCalledExactlyOnceWith(appFailure, expect.any(Request));
  });
});
