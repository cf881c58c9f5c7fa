import type { Plugin } from 'vite';
import type { ExchangeSessionSuccess } from '../../src';
import { createDwollaClient, createExchange, createExchangeSessionHandler, toNodeHandler, type ExchangeToken } from '../../src/server';
import { fakeDwollaCredentials, startFakeDwolla } from './fake-dwolla-server';

/** The customer every end-to-end session belongs to. */
const customerId = 'fa4e0003-0000-4000-8000-00000000c0e2';

/**
 * An app's backend for the end-to-end tests, inside the Vite dev server of Vitest browser mode:
 * `/e2e/*` routes built on the `/server` entry, talking to the fake Dwolla server on 127.0.0.1.
 * Who owns a session is what the `X-Fake-User` header says when it was created.
 */
export function e2eBackend(): Plugin {
  let stop = async () => {};
  return {
    name: 'react-dwolla-exchange:e2e-backend',
    apply: 'serve',
    async buildEnd() {
      await stop();
    },
    async configureServer(server) {
      const fakeDwolla = await startFakeDwolla();
      stop = fakeDwolla.close;
      const dwolla = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: fakeDwolla.baseUrl });
      const owners = new Map<string, string | null>();
      const sessions = createExchangeSessionHandler({
        dwolla,
        basePath: '/e2e/exchange-sessions',
        customerId: (request) => (request.headers.get('x-fake-user') ? customerId : undefined),
        onCreated: (request, { id }) => void owners.set(id, request.headers.get('x-fake-user')),
        authorize: (request, id) => owners.has(id) && owners.get(id) === request.headers.get('x-fake-user'),
      });

      server.middlewares.use(
        '/e2e/',
        toNodeHandler(async (request) => {
          const { pathname } = new URL(request.url);
          if (pathname.startsWith('/e2e/exchange-sessions')) return sessions(request);
          if (request.method === 'POST' && pathname === '/e2e/exchanges') {
            const result = (await request.json()) as ExchangeSessionSuccess;
            const exchange = await createExchange(dwolla, customerId, exchangeToken(result));
            return Response.json({ exchangeUrl: exchange.href });
          }
          if (request.method === 'GET' && pathname === '/e2e/dwolla/exchanges') {
            return Response.json([...fakeDwolla.exchanges].map(([id, exchange]) => ({ id, ...exchange })));
          }
          return new Response('Not found', { status: 404 });
        }),
      );
    },
  };
}

function exchangeToken(result: ExchangeSessionSuccess): ExchangeToken {
  switch (result.partner) {
    case 'plaid':
      return { partner: 'plaid', publicToken: result.publicToken };
    case 'checkout':
      return { partner: 'checkout', paymentId: result.paymentId };
    case 'mx':
      throw new Error('MX exchanges need an available connection token; the MX journey picks one first.');
  }
}
