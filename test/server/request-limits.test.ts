import { describe, expect, it, vi } from 'vitest';
import { base, fakeDwollaPerTest } from './handler-harness';
import { rawExchange, serveThroughAdapter } from './raw-http';

const fake = fakeDwollaPerTest();
const { handlerWith, dwollaRequests } = fake;

const post = (path: string, body: string, headers: Record<string, string>) =>
  new Request(`https://app.example${path}`, { method: 'POST', headers: { 'X-Fake-User': 'user-1', ...headers }, body });
const json = { 'Content-Type': 'application/json' };
const dwollaPosts = () => dwollaRequests(/^\/(customers|exchanges)\//).filter((request) => request.method === 'POST');

describe('cross-site requests', () => {
  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['no content type', undefined],
    ['a JSON look-alike', 'application/json-patch+json'],
  ])('answers a POST with %s with 415, creating nothing', async (_label, type) => {
    const headers: Record<string, string> = type === undefined ? {} : { 'Content-Type': type };
    const handler = handlerWith();
    for (const [path, body] of [
      [base, '{"partner":"plaid"}'],
      [`${base}/${fake.sessionId}/exchange`, '{"partner":"mx","availableConnectionToken":"fake-connection-token-checking"}'],
    ] as const) {
      const response = await handler(post(path, body, headers));
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ code: 'UnsupportedMediaType', message: 'The request body must be application/json.' });
    }
    expect(dwollaPosts()).toEqual([]);
  });

  it('takes application/json with a charset, in any case', async () => {
    const response = await handlerWith()(post(base, '{"partner":"plaid"}', { 'Content-Type': 'Application/JSON; charset=utf-8' }));
    expect(response.status).toBe(201);
  });

  describe('allowedOrigins', () => {
    const handler = () => handlerWith({ allowedOrigins: ['https://app.example', 'http://localhost:3000/'] });

    it('refuses a request from another origin with 403, before anything is asked of Dwolla', async () => {
      for (const origin of ['https://evil.example', 'null', 'https://app.example.evil.example', 'http://app.example']) {
        const response = await handler()(post(base, '{"partner":"plaid"}', { ...json, Origin: origin }));
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Requests from this origin are not allowed.' });
      }
      const read = await handler()(new Request(`https://app.example${base}/${fake.sessionId}`, { headers: { Origin: 'https://evil.example' } }));
      expect(read.status).toBe(403);
      expect(fake.dwolla.requests).toEqual([]);
    });

    it('serves a listed origin (a trailing slash in the list is only a way of writing it), and a request with no Origin', async () => {
      expect((await handler()(post(base, '{"partner":"plaid"}', { ...json, Origin: 'https://app.example' }))).status).toBe(201);
      expect((await handler()(post(base, '{"partner":"mx"}', { ...json, Origin: 'http://localhost:3000' }))).status).toBe(201);
      expect((await handler()(post(base, '{"partner":"checkout"}', json))).status).toBe(201);
    });

    it('refuses a foreign origin before anything else: an unknown path, a wrong method, a bad session id, a non-JSON body', async () => {
      const evil = { Origin: 'https://evil.example', 'X-Fake-User': 'user-1' };
      for (const request of [
        new Request('https://app.example/elsewhere', { headers: evil }),
        new Request(`https://app.example${base}`, { method: 'PUT', headers: evil }),
        new Request(`https://app.example${base}/not.an.id`, { headers: evil }),
        post(base, 'partner=plaid', { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }),
      ]) {
        expect((await handler()(request)).status, `${request.method} ${request.url}`).toBe(403);
      }
    });

    it('takes a function of the origin and the request; a throw, told to onError, denies', async () => {
      const onError = vi.fn();
      const failure = new Error('config store down');
      const allowedOrigins = (origin: string, request: Request) => {
        if (request.headers.get('x-fake-user') === 'user-2') throw failure;
        return origin === 'http://localhost:4000';
      };
      const handler = handlerWith({ allowedOrigins, onError });
      expect((await handler(post(base, '{"partner":"plaid"}', { ...json, Origin: 'http://localhost:4000' }))).status).toBe(201);
      expect((await handler(post(base, '{"partner":"plaid"}', { ...json, Origin: 'http://localhost:4001' }))).status).toBe(403);
      const thrown = new Request(`https://app.example${base}/${fake.sessionId}`, { headers: { Origin: 'http://localhost:4000', 'X-Fake-User': 'user-2' } });
      expect((await handler(thrown)).status).toBe(403);
      expect(onError).toHaveBeenCalledExactlyOnceWith(failure, thrown);
    });

    it('refuses to be set up with something that is not an origin', () => {
      expect(() => handlerWith({ allowedOrigins: ['app.example'] })).toThrow(expect.objectContaining({ code: 'configuration' }));
      expect(() => handlerWith({ allowedOrigins: ['https://app.example/path'] })).toThrow(expect.objectContaining({ code: 'configuration' }));
    });
  });
});

describe('body limits', () => {
  const bigToken = 'x'.repeat(2 * 1024 * 1024);
  const tooLarge = { code: 'RequestEntityTooLarge', message: 'The request body is larger than 8 kB.' };

  it('answers a 2 MiB body with 413, with or without Content-Length, and forwards nothing to Dwolla', async () => {
    const body = JSON.stringify({ partner: 'plaid', publicToken: bigToken });
    const handler = handlerWith();
    const declared = await handler(post(`${base}/${fake.sessionId}/exchange`, body, { ...json, 'Content-Length': String(body.length) }));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual(tooLarge);
    const stream = new Blob([body]).stream();
    const undeclared = await handler(
      new Request(`https://app.example${base}/${fake.sessionId}/exchange`, { method: 'POST', headers: { ...json, 'X-Fake-User': 'user-1' }, body: stream, duplex: 'half' } as RequestInit),
    );
    expect(undeclared.status).toBe(413);
    expect(dwollaPosts()).toEqual([]);
  });

  it('answers 413 through the Node adapter on a real socket, before reading the body whole', async () => {
    const served = await serveThroughAdapter(handlerWith());
    try {
      const head = `POST ${base}/${fake.sessionId}/exchange HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Fake-User: user-1\r\nContent-Type: application/json\r\n`;
      const declared = await rawExchange(served.port, `${head}Content-Length: ${String(bigToken.length)}\r\n\r\n{"partner":"plaid","publicToken":"`);
      expect(declared?.status).toBe(413);
      expect(JSON.parse(declared?.body ?? '')).toEqual(tooLarge);
      const chunk = 'x'.repeat(4096);
      const chunked = await rawExchange(served.port, `${head}Transfer-Encoding: chunked\r\n\r\n${`1000\r\n${chunk}\r\n`.repeat(4)}`);
      expect(chunked?.status).toBe(413);
      expect(await Promise.all(served.settled)).toEqual([undefined, undefined]);
      expect(dwollaPosts()).toEqual([]);
    } finally {
      await served.close();
    }
  });

  it('answers a field over 2,048 characters with a ValidationError naming it, before Dwolla is asked', async () => {
    const response = await handlerWith()(post(`${base}/${fake.sessionId}/exchange`, JSON.stringify({ partner: 'plaid', publicToken: 'x'.repeat(2049) }), json));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'ValidationError',
      message: 'Validation error(s) present. See embedded errors list for more details.',
      _embedded: { errors: [{ code: 'Invalid', message: 'publicToken must be at most 2048 characters.', path: '/publicToken' }] },
    });
    expect(dwollaPosts()).toEqual([]);
  });

  it('answers a body that is not UTF-8 JSON with 400 in Dwolla’s shape', async () => {
    const handler = handlerWith();
    for (const body of ['{"partner":', '\uFEFF{"partner":"plaid"}x', new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const response = await handler(new Request(`https://app.example${base}`, { method: 'POST', headers: { ...json, 'X-Fake-User': 'user-1' }, body }));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ code: 'BadRequest', message: 'The request body contains bad syntax or is incomplete.' });
    }
  });
});
