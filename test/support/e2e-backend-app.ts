import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDwollaClient, createExchangeSessionHandler, toNodeHandler } from '../../src/server';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';
import { startFakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';

/** The customer every end-to-end session belongs to. */
const customerId = 'fa4e0003-0000-4000-8000-00000000c0e2';

/** The end-to-end backend, started: its middleware for `/e2e/`, and how to stop its fake Dwolla. */
export interface E2eBackend {
  handle(request: IncomingMessage & { originalUrl?: string }, response: ServerResponse): Promise<void>;
  close(): Promise<void>;
}

/**
 * An app's backend for the end-to-end tests: the `/server` entry's handler at
 * `/e2e/exchange-sessions` (every journey route), talking to the fake Dwolla server on 127.0.0.1.
 * Who owns a session or an exchange is what the `X-Fake-User` header said when it was created.
 */
export async function startE2eBackend(): Promise<E2eBackend> {
  // MX sessions point at the fake MX Connect page of the origin the test page was served from.
  let pageOrigin: string | undefined;
  const fakeDwolla = await startFakeDwolla({ mxUrl: () => pageOrigin && `${pageOrigin}${fakeMxConnectPath}?token=FAKE-mx-token`, customers: [customerId] });
  const dwolla = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: fakeDwolla.baseUrl });
  const owners = new Map<string, string | null>();
  const userOf = (request: Request) => request.headers.get('x-fake-user');
  const sessions = createExchangeSessionHandler({
    dwolla,
    basePath: '/e2e/exchange-sessions',
    customerId: (request) => (userOf(request) ? customerId : undefined),
    onCreated: (request, { id }) => void owners.set(id, userOf(request)),
    authorize: (request, id) => owners.has(id) && owners.get(id) === userOf(request),
    onExchangeCreated: (request, { exchangeUrl }) => void owners.set(exchangeUrl.split('/').pop()!, userOf(request)),
    authorizeExchange: (request, exchangeId) => owners.has(exchangeId) && owners.get(exchangeId) === userOf(request),
  });

  const backend = toNodeHandler(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/e2e/exchange-sessions')) return sessions(request);
    // What the tests read back from the fake Dwolla (the exchanges and funding sources it holds),
    // and an outage they can ask it for.
    if (request.method === 'GET' && pathname === '/e2e/dwolla/exchanges') {
      return Response.json([...fakeDwolla.exchanges].map(([id, exchange]) => ({ id, ...exchange })));
    }
    if (request.method === 'GET' && pathname === '/e2e/dwolla/funding-sources') return Response.json(fakeDwolla.fundingSources);
    if (request.method === 'POST' && pathname === '/e2e/dwolla/fail-next-funding-source') {
      fakeDwolla.fault({ method: 'POST', path: /\/funding-sources$/ }, { status: 500 });
      return new Response(null, { status: 204 });
    }
    return new Response('Not found', { status: 404 });
  });

  return {
    handle(request, response) {
      pageOrigin = `http://${request.headers.host}`;
      return backend(request, response);
    },
    close: fakeDwolla.close,
  };
}
