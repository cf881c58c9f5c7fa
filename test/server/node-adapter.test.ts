import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

/** A GET of the test's session with `Host: host`, its target in origin form unless given. */
const getSession = (host: string, target = `${base}/${fake.sessionId}`) => rawExchange(served.port, request(`GET ${target} HTTP/1.1\r\nHost: ${host}`));
/** The `_links.self.href` of a session body, and the test's session's. */
const selfHref = (body = '') => (JSON.parse(body) as { _links: { self: { href: string } } })._links.self.href;
const sessionHref = () => `${fake.dwolla.baseUrl}/exchange-sessions/${fake.sessionId}`;

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
    const answer = await getSession(host);
    expect(answer?.status).toBe(400);
    expect(JSON.parse(answer?.body ?? '')).toEqual({ code: 'BadRequest', message: 'Malformed Host header.' });
    await expectAllSettledQuietly();
  });

  it.each([
    ['a docker-compose service name with an underscore', 'app_backend:3000'],
    ['a name with sub-delims and a percent-encoding', "app~1.internal!$&'()*+,;=%41"],
    ['an IPv6 literal with a port', '[::1]:8080'],
  ])('serves a Host of %s (RFC 3986 reg-name)', async (_label, host) => {
    const answer = await getSession(host);
    expect(answer?.status).toBe(200);
    expect(selfHref(answer?.body)).toBe(sessionHref());
    await expectAllSettledQuietly();
  });

  it('serves an absolute-form target as its origin form, by the target’s host (RFC 9112 §3.2.2)', async () => {
    for (const host of ['127.0.0.1', 'bad host']) {
      const answer = await getSession(host, `http://app_backend:3000${base}/${fake.sessionId}`);
      expect(answer?.status).toBe(200);
      expect(selfHref(answer?.body)).toBe(sessionHref());
    }
    await expectAllSettledQuietly();
  });

  // (A target Node's own parser refuses, such as `app.example/api`, never reaches the adapter.)
  it.each(['http://user:secret@app.example/api', 'ftp://app.example/api', 'http://[::1/api'])('answers the target %s with 400', async (target) => {
    const answer = await rawExchange(served.port, request(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1`));
    expect(answer?.status).toBe(400);
    expect(JSON.parse(answer?.body ?? '')).toEqual({ code: 'BadRequest', message: 'Malformed request target.' });
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

describe('toNodeHandler with allowedOrigins: a foreign Origin is 403 before anything else', () => {
  const refusals = [
    ['a body past 8 kB (413)', `POST ${base} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000`, 413],
    ['TRACE (405)', `TRACE ${base} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0`, 405],
    ['a malformed Host (400)', `GET ${base}/${'x'} HTTP/1.1\r\nHost: bad host\r\nContent-Length: 0`, 400],
    ['a path the handler does not serve (404)', `GET /elsewhere HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0`, 404],
  ] as const;
  const send = (head: string, origin?: string) => rawExchange(served.port, `${head}${origin ? `\r\nOrigin: ${origin}` : ''}\r\nConnection: close\r\n\r\n`);

  it.each(refusals)('%s', async (_label, head, status) => {
    await served.close();
    served = await serveThroughAdapter(fake.handlerWith({ allowedOrigins: ['https://app.example'] }));
    const foreign = await send(head, 'https://evil.example');
    expect(foreign?.status).toBe(403);
    expect(JSON.parse(foreign?.body ?? '')).toEqual({ code: 'Forbidden', message: 'Requests from this origin are not allowed.' });
    expect((await send(head, 'https://app.example'))?.status).toBe(status);
    expect((await send(head))?.status).toBe(status);
    await expectAllSettledQuietly();
  });

  it('asks a function allowedOrigins with the origin and the request, also for what the adapter refuses itself', async () => {
    await served.close();
    const allowedOrigins = vi.fn((origin: string, request: Request) => origin === `http://localhost:${request.headers.get('x-listen-port') ?? ''}`);
    served = await serveThroughAdapter(fake.handlerWith({ allowedOrigins }));
    const head = `GET ${base}/${fake.sessionId} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Listen-Port: 4000\r\nX-Fake-User: user-1`;
    expect((await send(head, 'http://localhost:4000'))?.status).toBe(200);
    expect((await send(head, 'http://localhost:4001'))?.status).toBe(403);
    expect((await send(`TRACE ${base} HTTP/1.1\r\nHost: 127.0.0.1`, 'http://localhost:4001'))?.status).toBe(403);
    expect(allowedOrigins).toHaveBeenCalledWith('http://localhost:4000', expect.any(Request));
    await expectAllSettledQuietly();
  });
});
