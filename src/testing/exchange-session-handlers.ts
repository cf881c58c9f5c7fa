import { http, HttpResponse, type HttpHandler } from 'msw';
import { dwollaErrorFixtures } from './fixtures';

/** A session the mock backend serves: its JSON body, or a resolver for any other answer. */
export type MockSessionAnswer = object | ((sessionId: string) => Response | Promise<Response>);

/** Options of {@link exchangeSessionHandlers}. */
export interface ExchangeSessionHandlersOptions {
  /** The sessions by id; any other id answers 404 with Dwolla's `NotFound` body. */
  sessions: Readonly<Record<string, MockSessionAnswer>>;
  /** The app backend's route, as given to the library's `endpoint`. Default `/api/exchange-sessions`. */
  endpoint?: string;
  /** Milliseconds to wait before answering, to show loading states. */
  delay?: number;
}

/**
 * MSW handlers that play the app's backend endpoint, `GET {endpoint}/:id`, in tests and stories.
 * A session is answered with a `Date` header, as HTTP servers do: the launcher judges an MX
 * session's age by it, not by the device's clock.
 */
export function exchangeSessionHandlers({
  sessions,
  endpoint = '/api/exchange-sessions',
  delay = 0,
}: ExchangeSessionHandlersOptions): HttpHandler[] {
  return [
    http.get(`${endpoint.replace(/\/+$/, '')}/:sessionId`, async ({ params }) => {
      const sessionId = String(params.sessionId);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const answer = Object.prototype.hasOwnProperty.call(sessions, sessionId) ? sessions[sessionId] : undefined;
      if (answer === undefined) return HttpResponse.json(dwollaErrorFixtures.notFound, { status: 404 });
      return isResolver(answer) ? answer(sessionId) : HttpResponse.json(answer, { headers: { Date: new Date().toUTCString() } });
    }),
  ];
}

function isResolver(answer: MockSessionAnswer): answer is (sessionId: string) => Response | Promise<Response> {
  return typeof answer === 'function';
}
