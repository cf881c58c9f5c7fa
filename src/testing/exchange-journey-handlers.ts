import { http, HttpResponse, type HttpHandler } from 'msw';
import type { AvailableExchangeConnection } from '../core/exchange/exchange-token';
import type { ExchangePartner } from '../core/session/session';
import { errorBodies } from '../server/json-response';
import { isResolver, mockSessionOf, routesOf, sessionResponse, type MockSessions } from './exchange-session-handlers';
import { fakeAvailableConnections, fakeExchangeUrl, fakeFundingSourceUrl } from './fake-journey-values';
import { fixtureSessionIds } from './fixtures';

/** One request the mock backend received on a journey route, with its JSON body. */
export interface JourneyRequest {
  route: 'create' | 'connections' | 'complete';
  sessionId?: string;
  body?: unknown;
}

/** Options of {@link exchangeJourneyHandlers}. */
export interface ExchangeJourneyHandlersOptions {
  /** The backend's routes, as the `/server` handler's `basePath`. Default `/api/exchange-sessions`. */
  basePath?: string;
  /**
   * The sessions the backend holds, by id: pass the same map as to `exchangeSessionHandlers`. A
   * creation whose id has a JSON body here answers with that body, as the `/server` handler does;
   * any other creation answers `{ id }`.
   */
  sessions?: MockSessions;
  /**
   * What a creation answers, always `201` with `Location: {basePath}/{id}`: `'session'` (default)
   * the created session's body from `sessions`, with a `Date` header, as the `/server` handler
   * does (`{ id }` when `sessions` has no body for the id); `'id'` only `{ id }`, as a backend that
   * leaves the session's read to `GET {basePath}/{id}`.
   */
  createAnswer?: 'session' | 'id';
  /** The session id a creation answers with, by partner; the fixture ids by default. */
  createdIds?: Partial<Record<ExchangePartner, string>>;
  /** The session id a re-authentication creation answers with. Default the Plaid fixture's. */
  reauthSessionId?: string;
  /** The MX accounts listed; {@link fakeAvailableConnections} by default. */
  connections?: readonly AvailableExchangeConnection[];
  /** Milliseconds to wait before answering, to show the busy states. */
  delay?: number;
  /**
   * How many completions that ask for a funding source fail as the `/server` handler answers a
   * Dwolla outage after it created the exchange: `502`, naming {@link fakeExchangeUrl} as
   * `_links.about.href`. Default `0`.
   */
  fundingSourceFailures?: number;
  /** Sees every request, for assertions. */
  onRequest?: (request: JourneyRequest) => void;
}

/**
 * MSW handlers that play the `/server` handler's journey routes in tests and stories:
 * `POST {basePath}` (create by partner or for re-authentication, answered with the created
 * session from `sessions` unless `createAnswer: 'id'`), `GET {basePath}/:id/available-connections`
 * and `POST {basePath}/:id/exchange`. Add `exchangeSessionHandlers` with the same `sessions` for
 * `GET {basePath}/:id`.
 */
export function exchangeJourneyHandlers(options: ExchangeJourneyHandlersOptions = {}): HttpHandler[] {
  const {
    sessions = {},
    createAnswer = 'session',
    createdIds = {},
    reauthSessionId = fixtureSessionIds.plaid,
    connections = fakeAvailableConnections,
    delay = 0,
    fundingSourceFailures = 0,
    onRequest,
  } = options;
  const base = routesOf(options);
  let failuresLeft = fundingSourceFailures;
  const wait = () => (delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)) : undefined);
  return [
    http.post(base, async ({ request }) => {
      const body = (await request.json()) as { partner?: ExchangePartner; exchangeId?: string };
      onRequest?.({ route: 'create', body });
      await wait();
      const id = body.exchangeId ? reauthSessionId : body.partner && (createdIds[body.partner] ?? fixtureSessionIds[body.partner]);
      if (!id) return HttpResponse.json({ code: 'BadRequest', message: 'Expected a partner or an exchangeId.' }, { status: 400 });
      const session = createAnswer === 'session' ? mockSessionOf(sessions, id) : undefined;
      const created = { status: 201, headers: { Location: `${base}/${encodeURIComponent(id)}` } };
      return session === undefined || isResolver(session) ? HttpResponse.json({ id }, created) : sessionResponse(session, created);
    }),
    http.get(`${base}/:sessionId/available-connections`, async ({ params }) => {
      onRequest?.({ route: 'connections', sessionId: String(params.sessionId) });
      await wait();
      return HttpResponse.json({ connections });
    }),
    http.post(`${base}/:sessionId/exchange`, async ({ params, request }) => {
      const body = (await request.json()) as { fundingSource?: unknown };
      onRequest?.({ route: 'complete', sessionId: String(params.sessionId), body });
      await wait();
      if (body.fundingSource && failuresLeft > 0) {
        failuresLeft -= 1;
        return HttpResponse.json({ ...errorBodies.badGateway, _links: { about: { href: fakeExchangeUrl } } }, { status: 502 });
      }
      const answer = body.fundingSource ? { exchangeUrl: fakeExchangeUrl, fundingSourceUrl: fakeFundingSourceUrl } : { exchangeUrl: fakeExchangeUrl };
      return HttpResponse.json(answer, { status: 201, headers: { Location: fakeExchangeUrl } });
    }),
  ];
}
