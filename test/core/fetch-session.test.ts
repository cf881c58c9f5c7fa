import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionError, fetchExchangeSession, type ExchangeSessionErrorCode } from '../../src/core';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { rejectionOf } from '../support/rejection';

const basePath = '/api/exchange-sessions';
const id = fixtureSessionIds.plaid;

function answer(response: () => Response) {
  server.use(http.get(`${basePath}/:id`, response));
}

describe('fetchExchangeSession with a string endpoint', () => {
  it('GETs {basePath}/{id} by default with the HAL Accept header and parses the session', async () => {
    const seen: Request[] = [];
    server.use(...exchangeSessionHandlers({ sessions: { [id]: exchangeSessionFixture('plaid') } }));
    server.events.on('request:start', ({ request }) => void seen.push(request));
    const session = await fetchExchangeSession(id);
    server.events.removeAllListeners();
    expect(session).toMatchObject({ partner: 'plaid', id });
    expect(seen).toHaveLength(1);
    expect(new URL(seen[0]!.url).pathname).toBe(`${basePath}/${id}`);
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.headers.get('accept')).toBe('application/vnd.dwolla.v1.hal+json, application/json');
  });

  it('substitutes a {id} placeholder, keeps a query string and encodes the id', async () => {
    const urls: string[] = [];
    server.use(
      http.get('/custom/*', ({ request }) => {
        urls.push(new URL(request.url).pathname + new URL(request.url).search);
        return HttpResponse.json(exchangeSessionFixture('plaid'));
      }),
    );
    await fetchExchangeSession('a b/c', { session: '/custom/{id}/details' });
    await fetchExchangeSession('a b/c', { session: '/custom/sessions/?tenant=1' });
    expect(urls).toEqual(['/custom/a%20b%2Fc/details', '/custom/sessions/a%20b%2Fc?tenant=1']);
  });

  it('accepts the resource URL from Dwolla’s Location header', async () => {
    server.use(...exchangeSessionHandlers({ sessions: { [id]: exchangeSessionFixture('plaid') } }));
    const session = await fetchExchangeSession(`https://api-sandbox.dwolla.com/exchange-sessions/${id}`);
    expect(session.id).toBe(id);
  });

  it('sends headers from an object or an async function', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${basePath}/:id`, ({ request }) => {
        seen.push(request.headers.get('authorization') ?? 'none');
        return HttpResponse.json(exchangeSessionFixture('plaid'));
      }),
    );
    await fetchExchangeSession(id, { headers: { Authorization: 'Bearer fake-app-token' } });
    await fetchExchangeSession(id, { headers: async (sessionId) => [['Authorization', `Bearer for-${sessionId}`]] });
    expect(seen).toEqual(['Bearer fake-app-token', `Bearer for-${id}`]);
  });

  it('sends the request before it returns, unless a headers function must answer first', async () => {
    const sent: string[] = [];
    const recordingFetch: typeof fetch = (input) => (sent.push(String(input)), Promise.resolve(HttpResponse.json(exchangeSessionFixture('plaid'))));
    // The launcher starts the request while rendering: a microtask later would be after the commit.
    const session = fetchExchangeSession(id, { fetch: recordingFetch });
    expect(sent.map((url) => new URL(url).pathname)).toEqual([`${basePath}/${id}`]);
    const withHeaderFunction = fetchExchangeSession(id, { fetch: recordingFetch, headers: async () => ({}) });
    expect(sent).toHaveLength(1);
    await Promise.all([session, withHeaderFunction]);
    expect(sent).toHaveLength(2);
  });

  it('maps a headers function that throws to a network error', async () => {
    const error = await rejectionOf(
      fetchExchangeSession(id, {
        headers: () => {
          throw new Error('no app token');
        },
      }),
    );
    expect(error).toMatchObject({ code: 'network', sessionId: id });
    expect((error.cause as Error).message).toBe('no app token');
  });

  it.each<[number, ExchangeSessionErrorCode, object]>([
    [401, 'unauthorized', dwollaErrorFixtures.unauthorized],
    [403, 'forbidden', dwollaErrorFixtures.forbidden],
    [404, 'notFound', dwollaErrorFixtures.notFound],
    [400, 'badRequest', dwollaErrorFixtures.validation],
    [429, 'rateLimited', { code: 'TooManyRequests', message: 'Slow down.' }],
    [500, 'server', dwollaErrorFixtures.server],
    [502, 'server', { code: 'BadGateway', message: 'Upstream failed.' }],
  ])('maps HTTP %i to %s and reads Dwolla’s error body', async (status, code, body) => {
    answer(() => HttpResponse.json(body, { status }));
    const error = await rejectionOf(fetchExchangeSession(id));
    expect(error).toMatchObject({ code, status, sessionId: id });
    expect(error.dwolla).toMatchObject({ code: (body as { code: string }).code });
    expect(error.message).toContain(`HTTP ${status}`);
  });

  it('keeps Dwolla’s embedded validation errors', async () => {
    answer(() => HttpResponse.json(dwollaErrorFixtures.validation, { status: 400 }));
    const error = await rejectionOf(fetchExchangeSession(id));
    expect(error.dwolla?.errors).toEqual([
      { code: 'Invalid', message: 'Invalid exchange partner.', path: '/_links/exchange-partner/href' },
    ]);
  });

  it('keeps the resource Dwolla’s error is about, and ignores a malformed or inherited link', async () => {
    const about = 'https://api-sandbox.dwolla.com/funding-sources/fa4e0001-0000-4000-8000-000000000001';
    const bodies = [
      { code: 'DuplicateResource', message: 'Bank already exists.', _links: { about: { href: about } } },
      { code: 'DuplicateResource', message: 'Bank already exists.', _links: { about: { href: 7 } } },
      JSON.parse(`{"code":"DuplicateResource","message":"Bank already exists.","_links":{"__proto__":{"about":{"href":"${about}"}}}}`),
    ];
    const read = [];
    for (const body of bodies) {
      answer(() => HttpResponse.json(body, { status: 400 }));
      read.push((await rejectionOf(fetchExchangeSession(id))).dwolla?.about);
    }
    expect(read).toEqual([about, undefined, undefined]);
  });

  it('maps an HTML error page by its status, without a Dwolla body', async () => {
    answer(() => HttpResponse.html('<html><body>502 Bad Gateway</body></html>', { status: 502 }));
    const error = await rejectionOf(fetchExchangeSession(id));
    expect(error).toMatchObject({ code: 'server', status: 502, dwolla: undefined });
  });

  it('reports an HTML page answered with 200 (a login redirect) as invalidResponse', async () => {
    answer(() => HttpResponse.html('<!doctype html><title>Sign in</title>'));
    const error = await rejectionOf(fetchExchangeSession(id));
    expect(error).toMatchObject({ code: 'invalidResponse', status: 200 });
    expect(error.message).toMatch(/not JSON \(text\/html/);
  });

  it('reports malformed JSON and an empty body as invalidResponse', async () => {
    answer(() => new HttpResponse('{"created": "2026-', { headers: { 'Content-Type': 'application/json' } }));
    expect((await rejectionOf(fetchExchangeSession(id))).code).toBe('invalidResponse');
    answer(() => new HttpResponse(null, { status: 200 }));
    expect((await rejectionOf(fetchExchangeSession(id))).code).toBe('invalidResponse');
  });

  it('reports a failed connection as network, with the cause', async () => {
    answer(() => HttpResponse.error());
    const error = await rejectionOf(fetchExchangeSession(id));
    expect(error.code).toBe('network');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports an aborted request as aborted', async () => {
    server.use(http.get(`${basePath}/:id`, () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = fetchExchangeSession(id, {}, { signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(pending)).code).toBe('aborted');
  });

  it('rejects an empty id, a foreign URL and dot segments before any request', async () => {
    for (const bad of ['', '   ', '..', 'https://example.com/not-a-session']) {
      expect((await rejectionOf(fetchExchangeSession(bad))).code).toBe('invalidSessionId');
    }
  });
});

describe('fetchExchangeSession with a function endpoint', () => {
  it('passes the id and the signal, and parses the JSON it returns', async () => {
    const calls: Array<[string, AbortSignal]> = [];
    const session = await fetchExchangeSession(id, {
      session: async (sessionId, { signal }) => {
        calls.push([sessionId, signal]);
        return exchangeSessionFixture('plaid');
      },
    });
    expect(session.partner).toBe('plaid');
    expect(calls[0]?.[0]).toBe(id);
    expect(calls[0]?.[1]).toBeInstanceOf(AbortSignal);
  });

  it('reads a Response it returns like a fetch’s', async () => {
    const error = await rejectionOf(
      fetchExchangeSession(id, { session: async () => Response.json(dwollaErrorFixtures.notFound, { status: 404 }) }),
    );
    expect(error).toMatchObject({ code: 'notFound', status: 404, dwolla: { code: 'NotFound' } });
  });

  it('keeps an ExchangeSessionError it throws, and maps any other throw to network', async () => {
    const own = new ExchangeSessionError('forbidden', 'Not yours.');
    expect(await rejectionOf(fetchExchangeSession(id, { session: async () => Promise.reject(own) }))).toBe(own);
    const error = await rejectionOf(fetchExchangeSession(id, { session: async () => Promise.reject(new Error('boom')) }));
    expect(error.code).toBe('network');
    expect((error.cause as Error).message).toBe('boom');
  });
});
