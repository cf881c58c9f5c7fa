import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { requestExchangeSession } from '../../src';
import { dwollaErrorFixtures } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';

describe('requestExchangeSession', () => {
  it('POSTs the partner as JSON and reads the id from the body or the Location header', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/create-json', async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({ id: 'from-body' }, { status: 201 }))),
      http.post('/api/create-location', () => new HttpResponse(null, { status: 201, headers: { Location: '/api/exchange-sessions/from-location' } })),
    );
    expect(await requestExchangeSession({ partner: 'plaid' }, { createSession: '/api/create-json', headers: { 'X-Csrf': 'fake' } })).toBe('from-body');
    expect(await requestExchangeSession({ partner: 'mx' }, { createSession: '/api/create-location' })).toBe('from-location');
    expect(bodies).toEqual([{ partner: 'plaid' }]);
  });

  it('takes an id, { id }, a Dwolla URL or a Response from a function', async () => {
    expect(await requestExchangeSession({ partner: 'plaid' }, { createSession: async () => 'abc' })).toBe('abc');
    expect(await requestExchangeSession({ partner: 'plaid' }, { createSession: async () => ({ id: 'def' }) })).toBe('def');
    expect(await requestExchangeSession({ partner: 'plaid' }, { createSession: async () => 'https://api.dwolla.com/exchange-sessions/ghi' })).toBe('ghi');
    expect(await requestExchangeSession({ partner: 'plaid' }, { createSession: async () => Response.json({ id: 'jkl' }, { status: 201 }) })).toBe('jkl');
  });

  it('maps failures to typed errors', async () => {
    server.use(http.post('/api/create-denied', () => HttpResponse.json(dwollaErrorFixtures.forbidden, { status: 403 })));
    await expect(requestExchangeSession({ partner: 'plaid' }, { createSession: '/api/create-denied' })).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    await expect(requestExchangeSession({ partner: 'plaid' }, { createSession: async () => ({}) })).rejects.toMatchObject({ code: 'invalidResponse' });
    await expect(requestExchangeSession({ partner: 'plaid' }, { createSession: async () => Promise.reject(new Error('down')) })).rejects.toMatchObject({ code: 'network' });
  });
});
