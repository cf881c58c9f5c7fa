import { http, HttpResponse, type HttpHandler } from 'msw';
import { dwollaErrorFixtures } from './fixtures';

/** A session the mock backend serves: its JSON body, or a resolver for any other answer. */
export type MockSessionAnswer = object | ((sessionId: string) => Response | Promise<Response>);

/** The mock backend's sessions by id, shared by {@link exchangeSessionHandlers} and `exchangeJourneyHandlers`. */
export type MockSessions = Readonly<Record<string, MockSessionAnswer>>;

/** Options of {@link exchangeSessionHandlers}. */
export interface ExchangeSessionHandlersOptions {
  /** The sessions by id; any other id answers 404 with Dwolla's `NotFound` body. */
  sessions: MockSessions;
  /** The backend's routes, as the `/server` handler's `basePath`. Default `/api/exchange-sessions`. */
  basePath?: string;
  /** Milliseconds to wait before answering, to show loading states. */
  delay?: number;
}

/**
 * MSW handlers that play the app's backend, `GET {basePath}/:id`, in tests and stories.
 * A session is answered with a `Date` header, as HTTP servers do: the launcher judges an MX
 * session's age by it, not by the device's clock.
 */
export function exchangeSessionHandlers(options: ExchangeSessionHandlersOptions): HttpHandler[] {
  const { sessions, delay = 0 } = options;
  return [
    http.get(`${routesOf(options)}/:sessionId`, async ({ params }) => {
      const sessionId = String(params.sessionId);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const answer = mockSessionOf(sessions, sessionId);
      if (answer === undefined) return HttpResponse.json(dwollaErrorFixtures.notFound, { status: 404 });
      return isResolver(answer) ? answer(sessionId) : sessionResponse(answer);
    }),
  ];
}

/** Whether a mock session is a resolver rather than a JSON body. */
export function isResolver(answer: MockSessionAnswer): answer is (sessionId: string) => Response | Promise<Response> {
  return typeof answer === 'function';
}

/** The session `sessions` holds for `id`, read from its own fields only. */
export function mockSessionOf(sessions: MockSessions, id: string): MockSessionAnswer | undefined {
  return Object.prototype.hasOwnProperty.call(sessions, id) ? sessions[id] : undefined;
}

/** A session's JSON body as a server sends it: with a `Date` header, and `init`'s status and headers. */
export function sessionResponse(body: object, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return HttpResponse.json(body, { status: init.status ?? 200, headers: { Date: new Date().toUTCString(), ...init.headers } });
}

/** The routes' common path, without a trailing slash: `basePath`, else the `/server` handler's default. */
export function routesOf({ basePath = '/api/exchange-sessions' }: { basePath?: string }): string {
  return basePath.replace(/\/+$/, '');
}
