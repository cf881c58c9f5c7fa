import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base, fakeDwollaPerTest } from './handler-harness';
import { abandonRequest, rawExchange, serveThroughAdapter } from './raw-http';

const fake = fakeDwollaPerTest();
let served: Awaited<ReturnType<typeof serveThroughAdapter>>;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeEach(async () => {
  served = await serveThroughAdapter(fake.handlerWith());
  rejections.length = 0;
  process.on('unhandledRejection', onRejection);
});
afterEach(async () => {
  process.off('unhandledRejection', onRejection);
  await served.close();
});

const request = (head: string, body = '') => `${head}\r\nConnection: close\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\n\r\n${body}`;

/** Every request so far was answered or ended without the adapter's promise rejecting. */
async function expectAllSettledQuietly() {
  const outcomes = await Promise.allSettled(served.settled);
  expect(outcomes.filter(({ status }) => status === 'rejected')).toEqual([]);
  expect(rejections).toEqual([]);
}

describe('toNodeHandler on a real socket', () => {
  it('answers TRACE, which a Web Request cannot carry, with 405 and Allow', async () => {
    const answer = await rawExchange(served.port, request(`TRACE ${base}/${fake.sessionId} HTTP/1.1\r\nHost: 127.0.0.1`));
    expect(answer?.status).toBe(405);
    expect(answer?.headers.allow).toBe('GET, POST');
    expect(JSON.parse(answer?.body ?? '')).toEqual({ code: 'MethodNotAllowed', message: 'Method not allowed.' });
    await expectAllSettledQuietly();
  });

  it.each([
    ['a space', 'bad host'],
    ['a path', 'app.example/evil'],
    ['a user', 'user@app.example'],
    ['an unclosed IPv6 literal', '[::1'],
  ])('answers a Host header with %s with 400 in Dwolla’s shape', async (_label, host) => {
    const answer = await rawExchange(served.port, request(`GET ${base}/${fake.sessionId} HTTP/1.1\r\nHost: ${host}`));
    expect(answer?.status).toBe(400);
    expect(JSON.parse(answer?.body ?? '')).toEqual({ code: 'BadRequest', message: 'Malformed Host header.' });
    await expectAllSettledQuietly();
  });

  it('ends quietly when the client goes away halfway through a POST body, and serves the next request', async () => {
    const arrived = served.nextRequest();
    await abandonRequest(served.port, `POST ${base} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"partner":`);
    await expect((await arrived).handled).resolves.toBeUndefined();
    const next = await rawExchange(served.port, request(`GET ${base}/${fake.sessionId} HTTP/1.1\r\nHost: 127.0.0.1`));
    expect(next?.status).toBe(200);
    await expectAllSettledQuietly();
  });

  it('answers 500 without detail, and does not reject, when the handler itself throws', async () => {
    await served.close();
    served = await serveThroughAdapter(() => Promise.reject(new Error('handler bug: secret-detail')));
    const answer = await rawExchange(served.port, request(`GET ${base} HTTP/1.1\r\nHost: 127.0.0.1`));
    expect(answer?.status).toBe(500);
    expect(JSON.parse(answer?.body ?? '')).toEqual({ code: 'ServerError', message: 'A server error occurred.' });
    await expectAllSettledQuietly();
  });

  it('keeps every value of a repeated Set-Cookie header', async () => {
    await served.close();
    const headers = new Headers([['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]);
    served = await serveThroughAdapter(() => Promise.resolve(new Response('{}', { headers })));
    const raw = await rawExchange(served.port, request(`GET ${base} HTTP/1.1\r\nHost: 127.0.0.1`));
    expect(raw?.headers['set-cookie']).toBe('a=1, b=2');
    await expectAllSettledQuietly();
  });
});
