// Issue #15: one round trip from click to widget. `POST {basePath}` answers with the session
// itself, read from Dwolla in the same request, and falls back to `{ id }` when that read fails.
import { describe, expect, it, vi } from 'vitest';
import { createExchange, type CreatedExchangeSessionRecord, type ExchangeSessionHandlerOptions } from '../../src/server';
import type { FakeDwollaFault } from '../../src/testing';
import { base, customerId, fakeDwollaPerTest, send } from './handler-harness';

const fake = fakeDwollaPerTest();
const { client, handlerWith, dwollaRequests, newestSessionId } = fake;

/** The fields that say which session it is and what the partner needs: all but `created`, which Dwolla stamps on each read. */
function sessionValues(body: unknown) {
  const { created, ...values } = body as { created?: unknown } & Record<string, unknown>;
  expect(typeof created).toBe('string');
  return values;
}

/** The Dwolla calls about exchange sessions, as `METHOD path`. */
const sessionCalls = () => dwollaRequests(/exchange-sessions/).map(({ method, path }) => `${method} ${path}`);

const partners = [
  ['mx', { _links: { 'external-provider-session': { href: expect.stringMatching(/^https:\/\//) } } }],
  ['plaid', { externalProviderSessionToken: expect.stringMatching(/^link-sandbox-/) }],
  ['checkout', { externalProviderSessionData: { id: expect.stringMatching(/^ps_/), payment_session_secret: expect.any(String), payment_session_token: expect.any(String) } }],
] as const;

describe('POST {basePath} answers with the session it created', () => {
  it.each(partners)('%s: 201, Location, and the body GET {basePath}/{id} answers, from one Dwolla POST and one Dwolla GET', async (partner, partnerFields) => {
    const onCreated = vi.fn();
    const onError = vi.fn();
    const handler = handlerWith({ onCreated, onError });
    const before = sessionCalls().length;

    const response = await handler(send('POST', base, { partner }));
    const id = newestSessionId();
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`${base}/${id}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(sessionCalls().slice(before)).toEqual([`POST /customers/${customerId}/exchange-sessions`, `GET /exchange-sessions/${id}`]);
    const created = (await response.json()) as unknown;
    expect(created).toMatchObject({ _links: { self: { href: `${fake.dwolla.baseUrl}/exchange-sessions/${id}` } }, ...partnerFields });

    const retrieved = await handler(send('GET', `${base}/${id}`));
    expect(sessionValues(created)).toEqual(sessionValues(await retrieved.json()));
    expect(onCreated).toHaveBeenCalledOnce();
    expect(onCreated).toHaveBeenCalledWith(expect.any(Request), { id, customerId, partner });
    expect(onError).not.toHaveBeenCalled();
  });

  it('keeps the Idempotency-Key on the create POST only', async () => {
    await handlerWith()(send('POST', base, { partner: 'plaid' }));
    const [post, get] = dwollaRequests(/exchange-sessions/).slice(-2);
    expect(post).toMatchObject({ method: 'POST', idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(get).toMatchObject({ method: 'GET', idempotencyKey: undefined });
  });

  it('re-authentication: the new session of the exchange, from one Dwolla POST and one Dwolla GET', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'plaid', publicToken: 'public-sandbox-fake' });
    const onCreated = vi.fn();
    const handler = handlerWith({ authorizeExchange: () => true, onCreated });
    const before = sessionCalls().length;

    const response = await handler(send('POST', base, { exchangeId }));
    const id = newestSessionId();
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`${base}/${id}`);
    expect(sessionCalls().slice(before)).toEqual([`POST /exchanges/${exchangeId}/exchange-sessions`, `GET /exchange-sessions/${id}`]);
    const created = (await response.json()) as unknown;
    expect(created).toMatchObject({
      _links: { self: { href: `${fake.dwolla.baseUrl}/exchange-sessions/${id}` }, 'exchange-partner': { href: fake.dwolla.partnerHref('plaid') } },
      externalProviderSessionToken: expect.stringMatching(/^link-sandbox-/),
    });
    expect(sessionValues(created)).toEqual(sessionValues(await (await handler(send('GET', `${base}/${id}`))).json()));
    expect(onCreated).toHaveBeenCalledExactlyOnceWith(expect.any(Request), { id, customerId, exchangeId });
  });

  it('answers only once onCreated has settled', async () => {
    let release = () => {};
    const onCreated = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    let read = () => {};
    const sessionRead = new Promise<void>((resolve) => (read = resolve));
    // The session's read, already buffered: the handler would answer within a turn of the event loop.
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method !== 'GET' || !String(input).includes('/exchange-sessions/')) return response;
      const buffered = new Response(await response.text(), { status: response.status, headers: response.headers });
      read();
      return buffered;
    };
    let answered = false;
    const answer = handlerWith({ dwolla: client(fetchImpl), onCreated })(send('POST', base, { partner: 'mx' })).then((response) => {
      answered = true;
      return response;
    });
    await sessionRead;
    await new Promise((resolve) => setImmediate(resolve));
    expect(onCreated).toHaveBeenCalledOnce();
    expect(answered).toBe(false);
    release();
    expect((await answer).status).toBe(201);
  });
});

describe('POST {basePath} when the session cannot be read back: 201 { id } all the same', () => {
  const getSession = { method: 'GET', path: /^\/exchange-sessions\// } as const;
  const faulty = (fault: FakeDwollaFault) => () => (fake.dwolla.fault(getSession, fault), {});
  const failures: Array<[string, () => Partial<ExchangeSessionHandlerOptions>, Record<string, unknown>]> = [
    ['Dwolla answers 503', faulty({ status: 503 }), { code: 'server', status: 503 }],
    ['Dwolla answers 404 right after creating it', faulty({ status: 404, body: { code: 'NotFound', message: 'Exchange session not found.' } }), { code: 'notFound', status: 404 }],
    ['Dwolla answers something that is not a session', faulty({ status: 200, body: ['not', 'a', 'session'] }), { code: 'invalidResponse' }],
    [
      'Dwolla cannot be reached',
      () => {
        let reads = 0;
        return {
          dwolla: client(async (input, init) => {
            if (init?.method === 'GET' && String(input).includes('/exchange-sessions/') && (reads += 1) === 1) throw new TypeError('fetch failed');
            return fetch(input, init);
          }),
        };
      },
      { code: 'network' },
    ],
  ];

  it.each(failures)('%s: onError is told, the answer is 201 { id } with Location, and the session is there to GET', async (_label, arrange, reported) => {
    const onCreated = vi.fn();
    const onError = vi.fn();
    const handler = handlerWith({ ...arrange(), onCreated, onError });

    const response = await handler(send('POST', base, { partner: 'plaid' }));
    const id = newestSessionId();
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`${base}/${id}`);
    expect(await response.json()).toEqual({ id });
    expect(onCreated).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining(reported), expect.any(Request));
    expect(dwollaRequests(/exchange-sessions/).filter(({ method }) => method === 'POST')).toHaveLength(1);
    expect((await handler(send('GET', `${base}/${id}`))).status).toBe(200);
  });

  it('re-authentication too', async () => {
    const { id: exchangeId } = await createExchange(client(), customerId, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' });
    fake.dwolla.fault(getSession, { status: 500 });
    const onError = vi.fn();
    const response = await handlerWith({ authorizeExchange: () => true, onError })(send('POST', base, { exchangeId }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: newestSessionId() });
    expect(response.headers.get('location')).toBe(`${base}/${newestSessionId()}`);
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'server', status: 500 }), expect.any(Request));
  });

  it('answers 201 { id } even when onError itself throws', async () => {
    fake.dwolla.fault(getSession, { status: 503 });
    const onError = vi.fn(() => {
      throw new Error('logger down');
    });
    const response = await handlerWith({ onError })(send('POST', base, { partner: 'checkout' }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: newestSessionId() });
    expect(onError).toHaveBeenCalledOnce();
  });

  it('fails when onCreated throws, whatever the read did, naming the session: it is not recorded, so no one may use it', async () => {
    fake.dwolla.fault(getSession, { status: 503 });
    const onError = vi.fn();
    const onCreated = vi.fn<(request: Request, session: CreatedExchangeSessionRecord) => void>(() => {
      throw new Error('db down');
    });
    const response = await handlerWith({ onCreated, onError })(send('POST', base, { partner: 'mx' }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ code: 'ServerError', message: 'A server error occurred.', _links: { about: { href: `${base}/${newestSessionId()}` } } });
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ message: 'db down' }), expect.any(Request));
  });
});
