import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExchangePartner } from '../core/session/session';
import { answerFakeDwolla } from './fake-dwolla-api';
import type { FakeDwollaContext } from './fake-dwolla-answers';
import { addFakeSession, fakePartnerHref } from './fake-dwolla-routes';
import {
  newFakeDwollaState,
  type FakeDwollaExchange,
  type FakeDwollaFault,
  type FakeDwollaFaultMatch,
  type FakeDwollaFundingSource,
  type FakeDwollaPartner,
  type FakeDwollaRequest,
  type FakeDwollaSession,
} from './fake-dwolla-state';

/** Options of {@link startFakeDwolla}. */
export interface FakeDwollaOptions {
  /** The `expires_in` of the tokens it issues, in seconds. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** The MX Connect URL of its MX sessions, asked for each time (a local fake page's); the fixture's by default. */
  mxUrl?: () => string | undefined;
}

/** A running fake of Dwolla's API, from {@link startFakeDwolla}. */
export interface FakeDwolla {
  /** Its URL on 127.0.0.1: give it to `createDwollaClient({ baseUrl })`, with {@link fakeDwollaCredentials}. */
  readonly baseUrl: string;
  /** Every request it received, in order, the token requests included. */
  readonly requests: readonly FakeDwollaRequest[];
  /** The exchange sessions it holds, by id, in the order they were created (re-authentication sessions included). */
  readonly sessions: ReadonlyMap<string, FakeDwollaSession>;
  /** The exchanges it holds, by id. */
  readonly exchanges: ReadonlyMap<string, FakeDwollaExchange>;
  /** The funding sources it created, in order. */
  readonly fundingSources: readonly FakeDwollaFundingSource[];
  /** How many access tokens it issued. */
  readonly tokensIssued: number;
  /** The `_links.self.href` of a partner in its `GET /exchange-partners` list. */
  partnerHref(partner: FakeDwollaPartner): string;
  /** Creates a session directly, as the app's backend would have before the page loads; returns its id. */
  addSession(partner: ExchangePartner, customerId: string): string;
  /** Invalidates every token issued so far: the next API request gets a `401` `ExpiredAccessToken`. */
  expireTokens(): void;
  /** Plays `fault` for the next `times` (default 1) requests that `match`. */
  fault(match: FakeDwollaFaultMatch, fault: FakeDwollaFault, times?: number): void;
  close(): Promise<void>;
}

/**
 * Starts a fake of Dwolla's API on 127.0.0.1 for an app's backend tests: the token endpoint
 * (HTTP Basic with {@link fakeDwollaCredentials}), exchange partners (MX, Plaid, Checkout.com,
 * Finicity), exchange sessions (`Location` headers, the fixtures' bodies), re-authentication
 * sessions, available connections, exchanges (created, and listed per customer), funding sources
 * (an account linked twice refused with `DuplicateResource`), `Idempotency-Key` honoured on every
 * POST, Dwolla's HAL errors, and faults on demand. Node only.
 *
 * @example
 * ```ts
 * const fake = await startFakeDwolla();
 * const dwolla = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: fake.baseUrl });
 * fake.fault({ method: 'POST', path: /\/funding-sources$/ }, { status: 503 });
 * // … drive your backend, read fake.requests, then:
 * await fake.close();
 * ```
 */
export async function startFakeDwolla({ tokenLifetimeSeconds = 3600, mxUrl }: FakeDwollaOptions = {}): Promise<FakeDwolla> {
  // Loaded when called, so that importing the test kit in a browser never pulls in node:http.
  const { createServer } = await import(/* @vite-ignore */ /* webpackIgnore: true */ 'node:http');
  const state = newFakeDwollaState();
  const context: FakeDwollaContext = { state, baseUrl: '', mxUrl, tokenLifetimeSeconds };
  const server = createServer((request, response) => {
    serve(context, request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A test process must be able to exit even if a run forgets to close the fake.
  server.unref();
  context.baseUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    baseUrl: context.baseUrl,
    requests: state.requests,
    sessions: state.sessions,
    exchanges: state.exchanges,
    fundingSources: state.fundingSources,
    get tokensIssued() {
      return state.tokensIssued;
    },
    partnerHref: (partner) => fakePartnerHref(context.baseUrl, partner),
    addSession: (partner, customerId) => addFakeSession(context, partner, customerId),
    expireTokens: () => {
      state.validTokens.clear();
    },
    fault: (match, fault, times = 1) => {
      state.faults.push({ match, fault, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

async function serve(context: FakeDwollaContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const text = Buffer.concat(chunks).toString('utf8');
  const answer = await answerFakeDwolla(context, { method: request.method ?? 'GET', path: request.url ?? '/', header, text });
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}
