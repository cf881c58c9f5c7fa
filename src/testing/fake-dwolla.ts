import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExchangePartner } from '../core/session/session';
import { answerFakeDwolla } from './fake-dwolla-api';
import type { FakeDwollaContext } from './fake-dwolla-answers';
import type { FakeDwolla, FakeDwollaOptions } from './fake-dwolla-handle';
import { completeMxConnect, mxReportAnswer } from './fake-dwolla-mx-connect';
import { fakePartnerHref } from './fake-dwolla-partners';
import { breakFakeConnection, completeFakeReauthentication, deactivateFakeConnection } from './fake-dwolla-connections';
import { addFakeSession } from './fake-dwolla-sessions';
import { fakeDwollaCustomerId, newFakeDwollaState } from './fake-dwolla-state';
import { redeliverFakeEvents, webhooksDelivered } from './fake-dwolla-webhooks';

export type { FakeDwolla, FakeDwollaOptions } from './fake-dwolla-handle';

/**
 * Starts a fake of Dwolla's API on 127.0.0.1 for an app's backend tests, answering as Dwolla's
 * API document and its refusals say: the token endpoint ({@link fakeDwollaCredentials} by HTTP
 * Basic or in the form; `401` `InvalidAccessToken` for a token it never issued,
 * `ExpiredAccessToken` past its lifetime), exchange partners (MX, Plaid, Checkout.com,
 * Finicity), exchange sessions (`Location` headers, the fixtures' bodies with a `created` fixed
 * when made and a link token per Plaid session), re-authentication sessions, available
 * connections (once MX Connect ran), exchanges (created, and listed per customer with Dwolla's
 * links and status, page by page), funding sources (an account linked twice refused with
 * `DuplicateResource`; listed per customer page by page, `removed=false` leaving out removed ones;
 * read; removed), events (`GET /events/{id}`) and signed webhooks to your subscriptions, connections
 * that break and are mended by re-authentication, `Idempotency-Key` honoured on every POST, `404`
 * for a customer it does not hold, `405`, `406` and `415` as Dwolla answers them, Dwolla's HAL
 * errors, and faults on demand. Node only.
 *
 * @example
 * ```ts
 * const fake = await startFakeDwolla({ customers: [customerId] });
 * const dwolla = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: fake.baseUrl });
 * fake.fault({ method: 'POST', path: /\/funding-sources$/ }, { status: 503 });
 * // … drive your backend, read fake.requests, then:
 * await fake.close();
 * ```
 */
export async function startFakeDwolla({ tokenLifetimeSeconds = 3600, mxUrl, now = () => new Date(), customers = [fakeDwollaCustomerId], pageSize = 25 }: FakeDwollaOptions = {}): Promise<FakeDwolla> {
  // Loaded when called, so that importing the test kit in a browser never pulls in node:http.
  const { createServer } = await import(/* @vite-ignore */ /* webpackIgnore: true */ 'node:http');
  const state = newFakeDwollaState(customers);
  const context: FakeDwollaContext = { state, baseUrl: '', mxUrl, tokenLifetimeSeconds, now, pageSize };
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
    events: state.events,
    webhookDeliveries: state.deliveries,
    get tokensIssued() {
      return state.tokens.size;
    },
    partnerHref: (partner) => fakePartnerHref(context.baseUrl, partner),
    addSession: (partner: ExchangePartner, customerId: string) => {
      if (!state.customers.has(customerId)) throw new Error(`The fake Dwolla holds no customer ${customerId}: name it in startFakeDwolla({ customers }).`);
      return addFakeSession(context, partner, customerId);
    },
    completeMxConnect: (sessionId) => {
      if (!completeMxConnect(state, sessionId)) throw new Error(`The fake Dwolla holds no MX session ${sessionId}.`);
    },
    subscribeWebhooks: (subscription) => {
      if (!subscription.secret) throw new Error('A webhook subscription needs a secret, as Dwolla’s does.');
      state.subscriptions.push(subscription);
    },
    webhooksDelivered: () => webhooksDelivered(state),
    redeliverWebhooks: (eventId) => {
      redeliverFakeEvents(state, eventId);
      return webhooksDelivered(state);
    },
    breakConnection: (exchangeId) => {
      breakFakeConnection(context, exchangeId);
    },
    deactivateConnection: (exchangeId) => {
      deactivateFakeConnection(context, exchangeId);
    },
    completeReauthentication: (sessionId) => {
      if (!completeFakeReauthentication(state, sessionId)) throw new Error(`The fake Dwolla holds no re-authentication session ${sessionId}.`);
    },
    expireTokens: () => {
      for (const token of state.tokens.keys()) state.tokens.set(token, Number.NEGATIVE_INFINITY);
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
  const method = request.method ?? 'GET';
  const path = request.url ?? '/';
  const answer = mxReportAnswer(context.state, method, path) ?? (await answerFakeDwolla(context, { method, path, header, text }));
  // Dwolla's clock is the fake's: an app that reads an answer's age reads it by this clock.
  response.writeHead(answer.status, { Date: context.now().toUTCString(), ...answer.headers });
  response.end(answer.body);
}
