import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createExchangeSession } from '../../src/core';
import { dwollaErrorFixtures, exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';

const basePath = '/api/exchange-sessions';

describe('createExchangeSession', () => {
  it('POSTs the partner as JSON and reads the id from the body or the Location header', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/create-json', async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({ id: 'from-body' }, { status: 201 }))),
      http.post('/api/create-location', () => new HttpResponse(null, { status: 201, headers: { Location: '/api/exchange-sessions/from-location' } })),
    );
    expect(await createExchangeSession({ partner: 'plaid' }, { create: '/api/create-json', headers: { 'X-Csrf': 'fake' } })).toEqual({ sessionId: 'from-body', session: undefined });
    expect(await createExchangeSession({ partner: 'mx' }, { create: '/api/create-location' })).toEqual({ sessionId: 'from-location', session: undefined });
    expect(bodies).toEqual([{ partner: 'plaid' }]);
  });

  it('takes an id, { id }, a Dwolla URL or a Response from a function', async () => {
    const created = async (create: () => Promise<string | { id: string } | Response>) => (await createExchangeSession({ partner: 'plaid' }, { create })).sessionId;
    expect(await created(async () => 'abc')).toBe('abc');
    expect(await created(async () => ({ id: 'def' }))).toBe('def');
    expect(await created(async () => 'https://api.dwolla.com/exchange-sessions/ghi')).toBe('ghi');
    expect(await created(async () => Response.json({ id: 'jkl' }, { status: 201 }))).toBe('jkl');
  });

  it('maps failures to typed errors', async () => {
    server.use(http.post('/api/create-denied', () => HttpResponse.json(dwollaErrorFixtures.forbidden, { status: 403 })));
    await expect(createExchangeSession({ partner: 'plaid' }, { create: '/api/create-denied' })).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    await expect(createExchangeSession({ partner: 'plaid' }, { create: async () => ({}) as { id: string } })).rejects.toMatchObject({ code: 'invalidResponse' });
    await expect(createExchangeSession({ partner: 'plaid' }, { create: async () => Promise.reject(new Error('down')) })).rejects.toMatchObject({ code: 'network' });
  });
});

describe('createExchangeSession reading an answer that carries the session', () => {
  const answeredAt = 'Mon, 30 Nov 2026 12:00:05 GMT';

  it('reads the id from _links.self.href, the session, and answeredAt from the Date header, from the default create route', async () => {
    const body = exchangeSessionFixture('plaid', { created: '2026-11-30T12:00:00.000Z' });
    server.use(http.post(basePath, () => HttpResponse.json(body, { status: 201, headers: { Date: answeredAt } })));
    expect(await createExchangeSession({ partner: 'plaid' })).toEqual({
      sessionId: fixtureSessionIds.plaid,
      session: {
        partner: 'plaid',
        id: fixtureSessionIds.plaid,
        created: '2026-11-30T12:00:00.000Z',
        partnerHref: body._links['exchange-partner'].href,
        linkToken: fakePartnerValues.plaidLinkToken,
        answeredAt: '2026-11-30T12:00:05.000Z',
      },
    });
  });

  it('reads a { id } answer for its id alone, with no session', async () => {
    server.use(http.post(basePath, () => HttpResponse.json({ id: 'only-an-id' }, { status: 201, headers: { Date: answeredAt } })));
    expect(await createExchangeSession({ partner: 'mx' })).toEqual({ sessionId: 'only-an-id', session: undefined });
  });

  it('reads a 201 with a Location header and no body', async () => {
    server.use(http.post(basePath, () => new HttpResponse(null, { status: 201, headers: { Location: `${basePath}/from-location` } })));
    expect(await createExchangeSession({ partner: 'checkout' })).toEqual({ sessionId: 'from-location', session: undefined });
  });

  it('reads a session body a function endpoint returns, with no answer time (there is no Date header)', async () => {
    const body = exchangeSessionFixture('mx', { id: 'from-function' });
    const requests: unknown[] = [];
    const created = await createExchangeSession(
      { partner: 'mx' },
      {
        create: async (request) => {
          requests.push(request);
          return body;
        },
      },
    );
    expect(requests).toEqual([{ partner: 'mx' }]);
    expect(created.sessionId).toBe('from-function');
    expect(created.session).toEqual({ partner: 'mx', id: 'from-function', created: body.created, partnerHref: body._links['exchange-partner'].href, url: fakePartnerValues.mxUrl });
  });

  it('keeps the id of a malformed session body that has one, with no session', async () => {
    const { externalProviderSessionToken: _token, ...noPartnerField } = exchangeSessionFixture('plaid');
    server.use(http.post(basePath, () => HttpResponse.json({ ...noPartnerField, id: 'malformed-1' }, { status: 201 })));
    expect(await createExchangeSession({ partner: 'plaid' })).toEqual({ sessionId: 'malformed-1', session: undefined });
    server.use(http.post(basePath, () => HttpResponse.json({ id: 'malformed-2', created: 7, _links: 'x' }, { status: 201 })));
    expect(await createExchangeSession({ partner: 'plaid' })).toEqual({ sessionId: 'malformed-2', session: undefined });
  });
});
