import { afterEach, beforeEach } from 'vitest';
import { createDwollaClient, createExchangeSessionHandler, type DwollaClient, type ExchangeSessionHandlerOptions } from '../../src/server';
import { startFakeDwolla, type FakeDwolla, type FakeDwollaOptions } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';

/** The Dwolla customer of the user `user-1`; any other user has none. */
export const customerId = 'fa4e0003-0000-4000-8000-00000000c001';
/** Other customers of the Dwolla account, whose exchanges the tests make to be refused. */
export const otherCustomerIds = ['fa4e0003-0000-4000-8000-0000000000ff', 'fa4e0003-0000-4000-8000-00000000c999', 'fa4e0003-0000-4000-8000-00000000c002'];
export const base = '/api/exchange-sessions';

/** A Dwolla client of the fake, optionally through another fetch. */
export function clientFor(dwolla: FakeDwolla, fetchImpl?: typeof fetch): DwollaClient {
  return createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: dwolla.baseUrl, ...(fetchImpl && { fetch: fetchImpl }) });
}

/** A handler with every customer route on, authorizing everything unless told otherwise. */
export function handlerFor(dwolla: FakeDwolla, options: Partial<ExchangeSessionHandlerOptions> = {}) {
  return createExchangeSessionHandler({
    dwolla: clientFor(dwolla),
    authorize: () => true,
    customerId: (request) => (request.headers.get('x-fake-user') === 'user-1' ? customerId : undefined),
    ...options,
  });
}

/** A request to the app's backend from `user`, with a JSON (or raw string) body, sent as JSON as the browser entry sends it. */
export const send = (method: string, path: string, body?: unknown, user = 'user-1') =>
  new Request(`https://app.example${path}`, {
    method,
    headers: { 'X-Fake-User': user, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

/** A fetch that answers one Dwolla request as Dwolla would refuse it, and passes the rest to the fake. */
export function refusing(path: RegExp, status: number, body: unknown): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (init?.method === 'POST' && path.test(url.pathname)) {
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/vnd.dwolla.v1.hal+json' } });
    }
    return fetch(input, init);
  };
}

/**
 * A fresh fake Dwolla for each test (started with `options`), holding one MX session of
 * {@link customerId}, with the helpers the handler tests use bound to it.
 */
export function fakeDwollaPerTest(options: FakeDwollaOptions = {}) {
  let dwolla: FakeDwolla;
  let sessionId: string;
  beforeEach(async () => {
    dwolla = await startFakeDwolla({ customers: [customerId, ...otherCustomerIds], ...options });
    sessionId = dwolla.addSession('mx', customerId);
  });
  afterEach(() => dwolla.close());
  return {
    get dwolla() {
      return dwolla;
    },
    get sessionId() {
      return sessionId;
    },
    client: (fetchImpl?: typeof fetch) => clientFor(dwolla, fetchImpl),
    handlerWith: (options: Partial<ExchangeSessionHandlerOptions> = {}) => handlerFor(dwolla, options),
    dwollaRequests: (path: RegExp) => dwolla.requests.filter((request) => path.test(request.path)),
    /** The id of the session the fake created last. */
    newestSessionId: () => [...dwolla.sessions.keys()].at(-1) ?? '',
  };
}

/** Dwolla's validation error body with these `[code, path, message]` problems. */
export function validationError(problems: ReadonlyArray<readonly [code: string, path: string, message: string]>) {
  return {
    code: 'ValidationError',
    message: 'Validation error(s) present. See embedded errors list for more details.',
    _embedded: { errors: problems.map(([code, path, message]) => ({ code, message, path })) },
  };
}
