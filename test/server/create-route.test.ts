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

  it('refuses to be set up with a redirect URL that is not an absolute URL', () => {
    expect(() => handlerWith({ redirectUrls: ['/plaid/oauth-return'] })).toThrow(expect.objectContaining({ code: 'configuration' }));
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
