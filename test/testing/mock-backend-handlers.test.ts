// The test kit's MSW handlers play the `/server` handler: a creation answers with the created
// session (or `{ id }`), both handler sets live under one `basePath`.
import { getResponse, HttpResponse, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing';
import { exchangeJourneyHandlers, exchangeSessionHandlers, type MockSessions } from '../../src/testing/msw';

const origin = location.origin;
const plaidId = fixtureSessionIds.plaid;
const plaidSession = exchangeSessionFixture('plaid');
const sessions: MockSessions = { [plaidId]: plaidSession };

async function send(handlers: HttpHandler[], method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  const request = new Request(`${origin}${path}`, {
    method,
    ...(body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`No handler for ${method} ${path}`);
  return response;
}

describe('exchangeJourneyHandlers: POST {basePath}', () => {
  it('answers a creation with the created session from `sessions`, its Location and a Date header, as the /server handler does', async () => {
    const response = await send(exchangeJourneyHandlers({ sessions }), 'POST', '/api/exchange-sessions', { partner: 'plaid' });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/exchange-sessions/${plaidId}`);
    expect(new Date(response.headers.get('date') ?? '').getTime()).not.toBeNaN();
    expect(await response.json()).toEqual(plaidSession);
  });

  it('answers exactly what exchangeSessionHandlers’ GET answers for the same sessions', async () => {
    const handlers = [...exchangeJourneyHandlers({ sessions }), ...exchangeSessionHandlers({ sessions })];
    const created = await send(handlers, 'POST', '/api/exchange-sessions', { partner: 'plaid' });
    const retrieved = await send(handlers, 'GET', created.headers.get('location') ?? '');
    expect(retrieved.status).toBe(200);
    expect(await created.json()).toEqual(await retrieved.json());
    expect(created.headers.get('content-type')).toBe(retrieved.headers.get('content-type'));
  });

  it('answers a re-authentication with the session of reauthSessionId', async () => {
    const mxId = fixtureSessionIds.mx;
    const mxSession = exchangeSessionFixture('mx');
    const response = await send(exchangeJourneyHandlers({ sessions: { [mxId]: mxSession }, reauthSessionId: mxId }), 'POST', '/api/exchange-sessions', { exchangeId: 'fa4e0004-0000-4000-8000-0000000000e1' });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/exchange-sessions/${mxId}`);
    expect(await response.json()).toEqual(mxSession);
  });

  it.each<[string, Parameters<typeof exchangeJourneyHandlers>[0]]>([
    ['no sessions are given', {}],
    ['the created id is not in sessions', { sessions: { [fixtureSessionIds.mx]: exchangeSessionFixture('mx') } }],
    ['the created id has a resolver, not a body', { sessions: { [plaidId]: () => HttpResponse.json(plaidSession) } }],
    ["createAnswer is 'id'", { sessions, createAnswer: 'id' }],
  ])('answers { id } with Location when %s', async (_label, options) => {
    const response = await send(exchangeJourneyHandlers(options), 'POST', '/api/exchange-sessions', { partner: 'plaid' });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/exchange-sessions/${plaidId}`);
    expect(await response.json()).toEqual({ id: plaidId });
  });
});

describe('basePath, the /server handler’s name for where the routes live', () => {
  it('moves every route of both handler sets', async () => {
    const handlers = [...exchangeJourneyHandlers({ basePath: '/backend/sessions/', sessions }), ...exchangeSessionHandlers({ basePath: '/backend/sessions', sessions })];
    const created = await send(handlers, 'POST', '/backend/sessions', { partner: 'plaid' });
    expect(created.headers.get('location')).toBe(`/backend/sessions/${plaidId}`);
    expect((await send(handlers, 'GET', `/backend/sessions/${plaidId}`)).status).toBe(200);
    expect((await send(handlers, 'GET', `/backend/sessions/${plaidId}/available-connections`)).status).toBe(200);
    expect((await send(handlers, 'POST', `/backend/sessions/${plaidId}/exchange`, { partner: 'plaid', publicToken: 'public-sandbox-fake' })).status).toBe(201);
    await expect(send(handlers, 'GET', `/api/exchange-sessions/${plaidId}`)).rejects.toThrow('No handler');
  });
});
