// Issue 24, item 6: a backend that holds the official Node client already passes it instead of its key and secret.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fromDwollaV2Client } from '../../src/server';
import { dwollaV2ClientOf } from './dwolla-v2-harness';
import { base, customerId, fakeDwollaPerTest, send } from './handler-harness';

const fake = fakeDwollaPerTest();
let v2: ReturnType<typeof dwollaV2ClientOf>;
beforeEach(() => {
  v2 = dwollaV2ClientOf(fake.dwolla);
});

const dwolla = () => fromDwollaV2Client(v2.client, { environment: 'sandbox', baseUrl: fake.dwolla.baseUrl });
const handler = (options: Parameters<typeof fake.handlerWith>[0] = {}) => fake.handlerWith({ dwolla: dwolla(), ...options });
const exchange = { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking', fundingSource: { name: 'Checking', bankAccountType: 'checking' } };

describe('fromDwollaV2Client: the handler through the official dwolla-v2 client', () => {
  it('runs the journey, one access token serving the app’s own calls and the handler’s', async () => {
    const partners = await v2.client.get(`${fake.dwolla.baseUrl}/exchange-partners`);
    expect(partners.status).toBe(200);
    const journey = handler();
    const created = await journey(send('POST', base, { partner: 'mx' }));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${base}/${fake.newestSessionId()}`);
    fake.dwolla.completeMxConnect(fake.sessionId);
    const connections = await journey(send('GET', `${base}/${fake.sessionId}/available-connections`));
    expect(((await connections.json()) as { connections: unknown[] }).connections).toHaveLength(2);
    const completed = await journey(send('POST', `${base}/${fake.sessionId}/exchange`, exchange));
    expect(completed.status).toBe(201);
    const [exchangeId] = [...fake.dwolla.exchanges.keys()];
    expect(await completed.json()).toEqual({ exchangeUrl: `${fake.dwolla.baseUrl}/exchanges/${exchangeId!}`, fundingSourceUrl: expect.stringContaining(`${fake.dwolla.baseUrl}/funding-sources/`) as unknown });
    expect(fake.dwolla.tokensIssued).toBe(1);
    expect(new Set(fake.dwolla.requests.filter(({ path }) => path !== '/token').map(({ authorization }) => authorization))).toEqual(new Set(['Bearer fake-access-token-1']));
  });

  it('sends the derived Idempotency-Key on each POST: the same exchange posted again is the first one', async () => {
    const journey = handler();
    const first = await (await journey(send('POST', `${base}/${fake.sessionId}/exchange`, exchange))).json();
    const again = await (await journey(send('POST', `${base}/${fake.sessionId}/exchange`, exchange))).json();
    expect(again).toEqual(first);
    expect([fake.dwolla.exchanges.size, fake.dwolla.fundingSources.length]).toEqual([1, 1]);
    const keys = fake.dwollaRequests(/\/(exchanges|funding-sources)$/).map(({ idempotencyKey }) => idempotencyKey);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8/);
    expect([keys[2], keys[3]]).toEqual([keys[0], keys[1]]);
  });

  it('turns Dwolla’s refusals into the handler’s answers: a spent token 400, an outage 502', async () => {
    const onError = vi.fn();
    fake.dwolla.fault({ method: 'POST', path: `/customers/${customerId}/exchanges` }, { status: 400, body: { code: 'InvalidExchangeToken', message: 'upstream-detail' } });
    const refused = await handler({ onError })(send('POST', `${base}/${fake.sessionId}/exchange`, exchange));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ code: 'BadRequest', message: 'Dwolla refused to create the exchange; the token may have expired or been used.' });
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'badRequest', status: 400, dwolla: { code: 'InvalidExchangeToken' } });
    fake.dwolla.fault({ method: 'GET', path: /^\/exchange-sessions\// }, { status: 503 });
    const outage = await handler({ onError })(send('GET', `${base}/${fake.sessionId}`));
    expect(outage.status).toBe(502);
    expect(onError.mock.calls[1]![0]).toMatchObject({ code: 'server', status: 503 });
  });

  it('reports an unreachable Dwolla as network, and refuses to send its token elsewhere', async () => {
    await fake.dwolla.close();
    await expect(dwolla().request({ method: 'GET', path: '/exchange-partners' })).rejects.toMatchObject({ code: 'network' });
    await expect(dwolla().request({ method: 'GET', path: 'https://elsewhere.example/customers' })).rejects.toMatchObject({ code: 'configuration' });
  });
});
