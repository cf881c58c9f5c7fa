import { describe, expect, it, vi } from 'vitest';
import { createExchange } from '../../src/server';
import { base, customerId, fakeDwollaPerTest, send, validationError } from './handler-harness';

const fake = fakeDwollaPerTest();
const { client, handlerWith, dwollaRequests, newestSessionId } = fake;
const createdSessions = () => dwollaRequests(/exchange-sessions$/).filter((request) => request.method === 'POST');

describe('POST {basePath}: the body, read strictly', () => {
  it.each([
    ['no partner', {}, [['Required', '/partner', 'partner is required.']]],
    ['a partner this library does not run', { partner: 'finicity' }, [['Invalid', '/partner', 'partner must be "mx", "plaid" or "checkout".']]],
    ['a field the route does not take', { partner: 'plaid', customerId: 'someone-else' }, [['NotAllowed', '/customerId', 'customerId is not allowed: a session takes partner (this backend allows no redirectUrl).']]],
    ['not an object', '"plaid"', [['Invalid', '/', 'The body must be a JSON object.']]],
  ] as const)('answers %s with Dwolla’s ValidationError and its paths, creating nothing', async (_label, body, problems) => {
    const onCreated = vi.fn();
    const response = await handlerWith({ onCreated })(send('POST', base, body));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(validationError(problems));
    expect(createdSessions()).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });
});

describe('POST {basePath} with redirectUrl (Plaid on mobile)', () => {
  const redirectUrl = 'https://app.example/plaid/oauth-return';

  it('passes a redirect URL from redirectUrls to Dwolla as redirect-url', async () => {
    const response = await handlerWith({ redirectUrls: [redirectUrl] })(send('POST', base, { partner: 'plaid', redirectUrl }));
    expect(response.status).toBe(201);
    expect(createdSessions()).toMatchObject([
      { body: { _links: { 'exchange-partner': { href: fake.dwolla.partnerHref('plaid') }, 'redirect-url': { href: redirectUrl } } } },
    ]);
  });

  it('refuses any other URL, creating nothing', async () => {
    const response = await handlerWith({ redirectUrls: [redirectUrl] })(send('POST', base, { partner: 'plaid', redirectUrl: 'https://evil.example/steal' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(validationError([['Invalid', '/redirectUrl', 'redirectUrl must be one of the redirect URLs this backend allows.']]));
    expect(createdSessions()).toEqual([]);
  });

  it('refuses redirectUrl when the handler has no redirectUrls', async () => {
    const response = await handlerWith()(send('POST', base, { partner: 'plaid', redirectUrl }));
    expect(await response.json()).toEqual(validationError([['NotAllowed', '/redirectUrl', 'redirectUrl is not allowed: a session takes partner (this backend allows no redirectUrl).']]));
    expect(createdSessions()).toEqual([]);
  });

  it('sends no redirect-url when the body has none', async () => {
    expect((await handlerWith({ redirectUrls: [redirectUrl] })(send('POST', base, { partner: 'mx' }))).status).toBe(201);
    expect(createdSessions()).toMatchObject([{ body: { _links: { 'exchange-partner': { href: fake.dwolla.partnerHref('mx') } } } }]);
    expect(JSON.stringify(createdSessions()[0]?.body)).not.toContain('redirect-url');
  });

  it('passes it to Dwolla for a re-authentication session too', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    const response = await handlerWith({ redirectUrls: [redirectUrl], authorizeExchange: () => true })(send('POST', base, { exchangeId, redirectUrl }));
    expect(response.status).toBe(201);
    expect(createdSessions()).toMatchObject([{ path: `/exchanges/${exchangeId}/exchange-sessions`, body: { _links: { 'redirect-url': { href: redirectUrl } } } }]);
  });

  it.each([
    ['one not in redirectUrls', { redirectUrls: [redirectUrl] }, 'https://evil.example/steal', [['Invalid', '/redirectUrl', 'redirectUrl must be one of the redirect URLs this backend allows.']]],
    ['any when the handler has no redirectUrls', {}, redirectUrl, [['NotAllowed', '/redirectUrl', 'redirectUrl is not allowed: a re-authentication takes exchangeId alone.']]],
  ] as const)('refuses, for a re-authentication, %s, creating nothing', async (_label, options, url, problems) => {
    const response = await handlerWith({ ...options, authorizeExchange: () => true })(send('POST', base, { exchangeId: 'fa4e0001-0000-4000-8000-000000000001', redirectUrl: url }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(validationError(problems));
    expect(createdSessions()).toEqual([]);
  });

  it('refuses to be set up with a redirect URL that is not an absolute URL', () => {
    expect(() => handlerWith({ redirectUrls: ['/plaid/oauth-return'] })).toThrow(expect.objectContaining({ code: 'configuration' }));
  });
});

describe('POST {basePath} with the browser’s Idempotency-Key (one click sent again)', () => {
  const key = '0b4c7a52-5b7e-4d8e-9a51-4b7c2f1e9d10';
  const withKey = (body: unknown, idempotencyKey = key, user = 'user-1') => {
    const request = send('POST', base, body, user);
    request.headers.set('Idempotency-Key', idempotencyKey);
    return request;
  };
  const otherCustomer = 'fa4e0003-0000-4000-8000-00000000c002';
  const twoCustomers = { customerId: (request: Request) => ({ 'user-1': customerId, 'user-2': otherCustomer })[request.headers.get('x-fake-user') ?? ''] };

  it('answers the session the first request created, and tells onCreated of it again', async () => {
    const onCreated = vi.fn();
    const handler = handlerWith({ onCreated });
    const first = await handler(withKey({ partner: 'plaid' }));
    const again = await handler(withKey({ partner: 'plaid' }));
    expect(fake.dwolla.sessions.size).toBe(2);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('location')).toBe(`${base}/${newestSessionId()}`);
    expect(onCreated.mock.calls.map(([, record]: unknown[]) => record)).toEqual([1, 2].map(() => ({ id: newestSessionId(), customerId, partner: 'plaid' })));
  });

  it.each([
    ['another partner', { partner: 'mx' }, 'user-1'],
    ['another customer', { partner: 'plaid' }, 'user-2'],
  ])('is bound to the customer and the body: the same key with %s creates another session', async (_label, body, user) => {
    const handler = handlerWith(twoCustomers);
    await handler(withKey({ partner: 'plaid' }));
    const other = await handler(withKey(body, key, user));
    expect(other.status).toBe(201);
    expect(fake.dwolla.sessions.size).toBe(3);
    const [first, second] = createdSessions().map((request) => request.idempotencyKey);
    expect(second).not.toBe(first);
    expect(JSON.stringify(createdSessions())).not.toContain(key);
  });

  it('re-authentication: the same key answers the first session', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    const handler = handlerWith({ authorizeExchange: () => true });
    const first = await handler(withKey({ exchangeId }));
    expect((await handler(withKey({ exchangeId }))).headers.get('location')).toBe(first.headers.get('location'));
    expect(fake.dwolla.sessions.size).toBe(2);
  });

  it.each([
    ['past 255 characters', 'k'.repeat(256)],
    ['a space', 'two words'],
    ['a character outside the safe ones', 'key;drop'],
    ['an empty value', ''],
  ])('answers a key with %s with 400, creating nothing', async (_label, idempotencyKey) => {
    const response = await handlerWith()(withKey({ partner: 'plaid' }, idempotencyKey));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BadRequest', message: 'Idempotency-Key must be a UUID, or at most 255 letters, digits and - _ . ~ : + / =.' });
    expect(createdSessions()).toEqual([]);
  });

  it('takes 255 safe characters', async () => {
    expect((await handlerWith()(withKey({ partner: 'plaid' }, `${'k'.repeat(250)}_.~:+`))).status).toBe(201);
  });
});

describe('POST {basePath} with { exchangeId }: the exchange must be the customer’s at Dwolla', () => {
  it('refuses another customer’s exchange even when authorizeExchange says yes, creating nothing', async () => {
    const { id: exchangeId } = await createExchange(client(), 'fa4e0003-0000-4000-8000-0000000000ff', { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    const onCreated = vi.fn();
    const response = await handlerWith({ authorizeExchange: () => true, onCreated })(send('POST', base, { exchangeId }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Not authorized to use exchange.' });
    expect(createdSessions()).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('finds the exchange whatever the case of its id, and re-authenticates it by Dwolla’s own URL', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    const onCreated = vi.fn();
    const response = await handlerWith({ authorizeExchange: () => true, onCreated })(send('POST', base, { exchangeId: exchangeId.toUpperCase() }));
    expect(response.status).toBe(201);
    expect(createdSessions().map((request) => request.path)).toEqual([`/exchanges/${exchangeId}/exchange-sessions`]);
    expect(onCreated).toHaveBeenCalledWith(expect.any(Request), { id: newestSessionId(), customerId, exchangeId });
  });

  it('follows _links.next through the customer’s exchanges', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    const listPath = `/customers/${customerId}/exchanges`;
    // Dwolla's first page lists another exchange and links the next, which the fake answers from its start: the customer's.
    const paged: typeof fetch = async (input, init) => {
      if (init?.method !== 'GET' || new URL(String(input)).pathname !== listPath || String(input).includes('?')) return fetch(input, init);
      const page = { _links: { next: { href: `${fake.dwolla.baseUrl}${listPath}?limit=25&offset=0` } }, _embedded: { exchanges: [{ _links: { self: { href: `${fake.dwolla.baseUrl}/exchanges/fa4e0009-0000-4000-8000-000000000009` } } }] } };
      return new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/vnd.dwolla.v1.hal+json' } });
    };
    const response = await handlerWith({ dwolla: client(paged), authorizeExchange: () => true })(send('POST', base, { exchangeId }));
    expect(response.status).toBe(201);
    expect(dwollaRequests(/\/exchanges$/).filter(({ method }) => method === 'GET')).toHaveLength(1);
    expect(createdSessions().map((request) => request.path)).toEqual([`/exchanges/${exchangeId}/exchange-sessions`]);
  });

  it('records a session for the customer whose exchange it is', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    const onCreated = vi.fn();
    const response = await handlerWith({ authorizeExchange: () => true, onCreated })(send('POST', base, { exchangeId }));
    const id = newestSessionId();
    expect(response.headers.get('location')).toBe(`${base}/${id}`);
    expect(onCreated).toHaveBeenCalledWith(expect.any(Request), { id, customerId, exchangeId });
    expect(dwollaRequests(/\/exchanges$/).map(({ method, path }) => `${method} ${path}`)).toEqual([
      `POST /customers/${customerId}/exchanges`,
      `GET /customers/${customerId}/exchanges`,
    ]);
  });
});
