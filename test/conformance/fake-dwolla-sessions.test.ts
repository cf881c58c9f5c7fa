// Exchange sessions as Dwolla answers them: made at one moment, by Dwolla's clock, each Plaid
// session with its own link token, and Dwolla's own 404 for one it does not have.
import { describe, expect, it } from 'vitest';
import { parseExchangeSession } from '../../src/core';
import { sessionAgeMs, withAnswerTime } from '../../src/core/session/session-age';
import { customerId, fakeDwollaPerTest } from './fake-dwolla-calls';

const start = Date.parse('2026-03-02T10:00:00.000Z');
let clock = start;
const dwolla = fakeDwollaPerTest({ now: () => new Date(clock) });
const tenMinutes = 10 * 60_000;

/** Creates a session of `partner` for the customer through the API; returns its id. */
async function createSession(partner: 'mx' | 'plaid'): Promise<string> {
  const { status, headers } = await dwolla.post(`/customers/${customerId}/exchange-sessions`, { _links: { 'exchange-partner': { href: dwolla.fake.partnerHref(partner) } } });
  expect(status).toBe(201);
  return headers.get('location')?.split('/').pop() ?? '';
}

describe('GET /exchange-sessions/{id}', () => {
  it('says the session was created when it was, however often and however late it is read', async () => {
    clock = start;
    const id = await createSession('plaid');
    clock = start + 90_000;
    const first = await dwolla.get(`/exchange-sessions/${id}`);
    clock = start + 180_000;
    const second = await dwolla.get(`/exchange-sessions/${id}`);
    expect([first.json, second.json]).toMatchObject([{ created: new Date(start).toISOString() }, { created: new Date(start).toISOString() }]);
  });

  it('answers an MX session older than ten minutes by its clock as Dwolla does: its created, and a Date ten minutes on', async () => {
    clock = start;
    const id = await createSession('mx');
    clock = start + tenMinutes + 1_000;
    const { json, headers } = await dwolla.get(`/exchange-sessions/${id}`);
    expect(headers.get('date')).toBe(new Date(clock).toUTCString());
    // What the launcher reads of it, with the answer's Date: a Connect URL past MX's ten minutes.
    const session = withAnswerTime(parseExchangeSession(json), new Response(null, { headers: { Date: headers.get('date') ?? '' } }));
    expect(session.created).toBe(new Date(start).toISOString());
    expect(sessionAgeMs(session)).toBe(tenMinutes + 1_000);
  });

  it('gives each Plaid session its own link token', async () => {
    const linkToken = async (id: string) => ((await dwolla.get(`/exchange-sessions/${id}`)).json as { externalProviderSessionToken: string }).externalProviderSessionToken;
    const tokens = [await linkToken(await createSession('plaid')), await linkToken(await createSession('plaid'))];
    expect(new Set(tokens).size).toBe(2);
    expect(tokens).toEqual([expect.stringMatching(/^link-sandbox-/), expect.stringMatching(/^link-sandbox-/)]);
  });

  it('answers an id it does not have with Dwolla’s 404 for this route: notFound, lower-case', async () => {
    const { status, json } = await dwolla.get('/exchange-sessions/fa4e0001-0000-4000-8000-00000000dead');
    expect([status, json]).toEqual([404, { code: 'notFound', message: 'Exchange session not found.' }]);
  });
});

describe('access tokens, by the fake’s clock', () => {
  it('refuses a token past its lifetime with ExpiredAccessToken', async () => {
    clock = start;
    expect((await dwolla.get('/exchange-partners')).status).toBe(200);
    clock = start + 3_600_000;
    expect(await dwolla.get('/exchange-partners')).toMatchObject({ status: 401, json: { code: 'ExpiredAccessToken', message: 'Expired access token.' } });
  });
});
