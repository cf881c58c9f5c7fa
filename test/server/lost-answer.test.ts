// Issue 24, item 1: the browser's "Try again" after an answer lost on the way back creates nothing twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDroppingProxy } from './dropping-proxy';
import { base, customerId, fakeDwollaPerTest } from './handler-harness';
import { rawExchange, serveThroughAdapter } from './raw-http';

const fake = fakeDwollaPerTest();
const { handlerWith, dwollaRequests } = fake;
let served: Awaited<ReturnType<typeof serveThroughAdapter>>;
let proxy: Awaited<ReturnType<typeof startDroppingProxy>>;
const onExchangeCreated = vi.fn();

beforeEach(async () => {
  onExchangeCreated.mockClear();
  served = await serveThroughAdapter(handlerWith({ onExchangeCreated }));
  proxy = await startDroppingProxy(served.port);
});
afterEach(async () => {
  await proxy.close();
  await served.close();
});

/** A POST from `user-1` through the proxy, on a real socket. */
function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  const head = [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', 'X-Fake-User: user-1', 'Content-Type: application/json', `Content-Length: ${String(Buffer.byteLength(text))}`];
  return rawExchange(proxy.port, `${[...head, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join('\r\n')}\r\n\r\n${text}`);
}

/** Posts `body`, loses the answer mid-flight, and posts it again: the answer to the second. */
async function postLosingFirstAnswer(path: string, body: unknown, headers?: Record<string, string>) {
  const dropped = proxy.dropNextAnswer();
  expect(await post(path, body, headers)).toBeUndefined();
  await dropped;
  const again = await post(path, body, headers);
  expect(again?.status).toBe(201);
  return again!;
}

const posts = (path: RegExp) => dwollaRequests(path).filter(({ method }) => method === 'POST');

describe('an answer lost on the way back, and the same request sent again', () => {
  it('exchange and funding source: one of each at Dwolla, the first ones answered, each POST sent with the same Idempotency-Key', async () => {
    const body = { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking', fundingSource: { name: 'Checking', bankAccountType: 'checking' } };
    const again = await postLosingFirstAnswer(`${base}/${fake.sessionId}/exchange`, body);

    const [exchangeId] = [...fake.dwolla.exchanges.keys()];
    expect(fake.dwolla.exchanges.size).toBe(1);
    expect(fake.dwolla.fundingSources).toHaveLength(1);
    const { exchangeUrl, fundingSourceUrl } = JSON.parse(again.body) as { exchangeUrl: string; fundingSourceUrl: string };
    expect(exchangeUrl).toBe(`${fake.dwolla.baseUrl}/exchanges/${exchangeId!}`);
    for (const path of [/\/exchanges$/, /\/funding-sources$/]) {
      const [first, second] = posts(path);
      expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    }
    // The app heard of the same exchange and funding source both times: its record is the one at Dwolla.
    const records = { sessionId: fake.sessionId, customerId, exchangeUrl, fundingSourceUrl };
    expect(onExchangeCreated.mock.calls.map(([, record]: unknown[]) => record)).toEqual([records, records]);
  });

  it('a session created with the browser’s Idempotency-Key: one session, the same Location answered', async () => {
    const sessionsBefore = fake.dwolla.sessions.size;
    const again = await postLosingFirstAnswer(base, { partner: 'plaid' }, { 'Idempotency-Key': '0b4c7a52-5b7e-4d8e-9a51-4b7c2f1e9d10' });
    expect(fake.dwolla.sessions.size).toBe(sessionsBefore + 1);
    expect(again.headers.location).toBe(`${base}/${[...fake.dwolla.sessions.keys()].at(-1)!}`);
    const [first, second] = posts(/exchange-sessions$/);
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
  });
});
