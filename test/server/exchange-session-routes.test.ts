import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createExchange, createExchangeSessionHandler, type CreatedExchangeSessionRecord } from '../../src/server';
import { base, customerId, fakeDwollaPerTest, send, validationError } from './handler-harness';

const fake = fakeDwollaPerTest();
const { client, handlerWith, dwollaRequests, newestSessionId } = fake;

describe('POST {basePath} with { exchangeId }: re-authentication', () => {
  let exchangeId: string;
  beforeEach(async () => {
    ({ id: exchangeId } = await createExchange(client(), customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' }));
  });

  it('creates a session for the exchange, tells onCreated, and answers 201 with the id and Location', async () => {
    const onCreated = vi.fn<(request: Request, session: CreatedExchangeSessionRecord) => void>();
    const authorizeExchange = vi.fn(() => true);
    const handler = handlerWith({ authorizeExchange, onCreated });
    const response = await handler(send('POST', base, { exchangeId }));
    expect(response.status).toBe(201);
    const id = newestSessionId();
    expect(response.headers.get('location')).toBe(`${base}/${id}`);
    expect(authorizeExchange).toHaveBeenCalledWith(expect.any(Request), exchangeId);
    expect(dwollaRequests(/^\/exchanges\//)).toMatchObject([{ method: 'POST', path: `/exchanges/${exchangeId}/exchange-sessions`, body: {} }]);
    expect(onCreated).toHaveBeenCalledWith(expect.any(Request), { id, customerId, exchangeId });
    const session = await (await handler(send('GET', `${base}/${id}`))).json();
    expect(session).toMatchObject({ _links: { 'exchange-partner': { href: fake.dwolla.partnerHref('plaid') } } });
  });

  it.each([
    ['false', () => false],
    ['a truthy non-true value', () => 'yes' as unknown as boolean],
  ])('denies when authorizeExchange answers %s, before asking Dwolla', async (_label, authorizeExchange) => {
    const onCreated = vi.fn();
    const response = await handlerWith({ authorizeExchange, onCreated })(send('POST', base, { exchangeId }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Not authorized to create an exchange session.' });
    expect(dwollaRequests(/^\/exchanges\//)).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('answers a body with exchangeId as a bad body when authorizeExchange is not given', async () => {
    const response = await handlerWith()(send('POST', base, { exchangeId }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(validationError([['Invalid', '/exchangeId', 'exchangeId is not taken: this backend does not re-authenticate exchanges.']]));
    expect(dwollaRequests(/^\/exchanges\//)).toEqual([]);
  });

  it('denies a request with no customer without asking authorizeExchange', async () => {
    const authorizeExchange = vi.fn(() => true);
    const response = await handlerWith({ authorizeExchange })(send('POST', base, { exchangeId }, 'stranger'));
    expect(response.status).toBe(403);
    expect(authorizeExchange).not.toHaveBeenCalled();
  });

  type Problem = [string, string, string];
  const notAnId: Problem = ['Invalid', '/exchangeId', 'exchangeId must be an exchange id.'];
  it.each<[unknown, Problem[]]>([
    [{ exchangeId: '' }, [['Invalid', '/exchangeId', 'exchangeId must be a non-empty string.']]],
    [{ exchangeId: 'a/b' }, [notAnId]],
    [{ exchangeId: '..' }, [notAnId]],
    [{ exchangeId: '.' }, [notAnId]],
    [{ exchangeId: ' padded ' }, [notAnId]],
    [{ exchangeId: 42 }, [['Invalid', '/exchangeId', 'exchangeId must be a non-empty string.']]],
    [{ exchangeId: 'x', partner: 'plaid' }, [['NotAllowed', '/exchangeId', 'exchangeId is not allowed: a session takes partner (this backend allows no redirectUrl).']]],
    [{ exchangeId: 'x', extra: true }, [['NotAllowed', '/extra', 'extra is not allowed: a re-authentication takes exchangeId alone.']]],
  ])('refuses %j with 400 in Dwolla’s validation shape', async (body, problems) => {
    const authorizeExchange = vi.fn(() => true);
    const response = await handlerWith({ authorizeExchange })(send('POST', base, body));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(validationError(problems));
    expect(authorizeExchange).not.toHaveBeenCalled();
    expect(dwollaRequests(/exchange-sessions$/)).toEqual([]);
  });

  it('answers 403 for an exchange Dwolla does not list for the customer (one it does not know included), creating nothing', async () => {
    const onCreated = vi.fn();
    const response = await handlerWith({ authorizeExchange: () => true, onCreated })(send('POST', base, { exchangeId: 'fa4e9999-0000-4000-8000-000000000000' }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Not authorized to use exchange.' });
    expect(dwollaRequests(/exchange-sessions$/)).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('refuses to be set up with authorizeExchange but no customerId', () => {
    expect(() => createExchangeSessionHandler({ dwolla: client(), authorize: () => true, authorizeExchange: () => true })).toThrow(
      expect.objectContaining({ code: 'configuration', message: expect.stringContaining('authorizeExchange needs customerId') }),
    );
  });
});

describe('GET {basePath}/{id}/available-connections', () => {
  const path = () => `${base}/${fake.sessionId}/available-connections`;

  it('lists the customer’s MX accounts for an authorized request, uncached', async () => {
    fake.dwolla.completeMxConnect(fake.sessionId);
    const authorize = vi.fn(() => true);
    const response = await handlerWith({ authorize })(send('GET', path()));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      connections: [
        { availableConnectionToken: 'fake-connection-token-checking', name: 'MX Bank Checking' },
        { availableConnectionToken: 'fake-connection-token-savings', name: 'MX Bank Savings' },
      ],
    });
    expect(authorize).toHaveBeenCalledWith(expect.any(Request), fake.sessionId);
    expect(dwollaRequests(/available-exchange-connections$/).map((request) => request.path)).toEqual([`/customers/${customerId}/available-exchange-connections`]);
  });

  it.each([
    ['authorize denies', { authorize: () => false }, 'user-1'],
    ['there is no customer', {}, 'stranger'],
  ])('answers 403 when %s, before asking Dwolla', async (_label, options, user) => {
    const response = await handlerWith(options)(send('GET', path(), undefined, user));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Not authorized to use exchange session.' });
    expect(dwollaRequests(/available-exchange-connections$/)).toEqual([]);
  });
});

describe('method and route hygiene', () => {
  it.each([
    ['GET', base, 'POST'],
    ['PUT', `${base}/{id}`, 'GET'],
    ['HEAD', `${base}/{id}`, 'GET'],
    ['POST', `${base}/{id}/available-connections`, 'GET'],
    ['GET', `${base}/{id}/exchange`, 'POST'],
    ['DELETE', `${base}/{id}/exchange`, 'POST'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const response = await handlerWith()(send(method, path.replace('{id}', fake.sessionId)));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
    expect(response.headers.get('cache-control')).toBe('no-store');
    if (method !== 'HEAD') expect(await response.json()).toEqual({ code: 'MethodNotAllowed', message: 'Method not allowed.' });
  });

  it.each([`${base}/{id}/token`, `${base}/{id}/exchange/extra`, `${base}/{id}/available-connections/`, '/api/exchange-sessions-other', '/api/exchanges'])(
    'answers %s with 404',
    async (path) => {
      const response = await handlerWith()(send('GET', path.replace('{id}', fake.sessionId)));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ code: 'NotFound', message: 'The requested resource was not found.' });
    },
  );

  it('answers an id not shaped like Dwolla’s with 400, before authorize', async () => {
    const authorize = vi.fn(() => true);
    const notIds = ['a%2Fb', `${fake.sessionId}0`, 'fa4e0001.0000', '%41bc', 'https%3A%2F%2Fapi.dwolla.com%2Fexchange-sessions%2Fx', '-leading-hyphen'];
    const paths = notIds.flatMap((id) => [`${base}/${id}`, `${base}/${id}/exchange`, `${base}/${id}/available-connections`]);
    for (const path of [...paths, `${base}//exchange`, `${base}//available-connections`]) {
      const response = await handlerWith({ authorize })(send(path.endsWith('exchange') ? 'POST' : 'GET', path));
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ code: 'BadRequest', message: 'Invalid exchange session id.' });
    }
    expect(authorize).not.toHaveBeenCalled();
  });

  it('takes POST {basePath}/ for the collection', async () => {
    const response = await handlerWith()(send('POST', `${base}/`, { partner: 'plaid' }));
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`${base}/${newestSessionId()}`);
  });

  it('answers 404 for the customer routes when customerId is not given', async () => {
    const handler = createExchangeSessionHandler({ dwolla: client(), authorize: () => true });
    for (const [method, path] of [
      ['POST', base],
      ['GET', base],
      ['GET', `${base}/${fake.sessionId}/available-connections`],
      ['POST', `${base}/${fake.sessionId}/exchange`],
    ] as const) {
      expect((await handler(send(method, path, method === 'POST' ? { partner: 'plaid', publicToken: 'x' } : undefined))).status).toBe(404);
    }
    expect((await handler(send('GET', `${base}/${fake.sessionId}`))).status).toBe(200);
  });
});
