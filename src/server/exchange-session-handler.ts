import { isExchangeSessionError } from '../core/errors';
import { normalizeExchangeSessionId } from '../core/session-id';
import type { DwollaClient } from './dwolla-client';
import { retrieveExchangeSession } from './exchange-sessions';
import { errorBodies, jsonResponse } from './json-response';

/** Options of {@link createExchangeSessionHandler}. */
export interface ExchangeSessionHandlerOptions {
  dwolla: DwollaClient;
  /**
   * Whether the user behind `request` may read `sessionId` (look it up in your own records). Only
   * `true` lets the request through: the handler denies by default.
   */
  authorize: (request: Request, sessionId: string) => boolean | Promise<boolean>;
  /** Where the route lives; `GET {basePath}/{id}`. Default `/api/exchange-sessions`. */
  basePath?: string;
  /** Sees every failure with its full detail, for your logs; the browser gets none of it. */
  onError?: (error: unknown, request: Request) => void;
}

/**
 * A Web-standard request handler (Next.js route handlers, Remix, Hono, Bun, edge runtimes; Node
 * and Express through `toNodeHandler`) serving `GET {basePath}/{id}`: Dwolla's exchange session,
 * for `useExchangeSession` and the launcher. Never sends credentials, tokens or Dwolla's error
 * details to the browser.
 *
 * @example
 * ```ts
 * // app/api/exchange-sessions/[id]/route.ts
 * export const GET = createExchangeSessionHandler({ dwolla, authorize: (request, id) => ownsSession(request, id) });
 * ```
 */
export function createExchangeSessionHandler({
  dwolla,
  authorize,
  basePath = '/api/exchange-sessions',
  onError,
}: ExchangeSessionHandlerOptions): (request: Request) => Promise<Response> {
  const prefix = `${basePath.replace(/\/+$/, '')}/`;

  return async (request) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(prefix)) return jsonResponse(errorBodies.notFound, 404);
    if (request.method !== 'GET') return jsonResponse(errorBodies.methodNotAllowed, 405, { Allow: 'GET' });

    let sessionId: string;
    try {
      sessionId = normalizeExchangeSessionId(decodeURIComponent(pathname.slice(prefix.length)));
      if (sessionId.includes('/')) throw new Error('nested path');
    } catch {
      return jsonResponse(errorBodies.badRequest, 400);
    }

    try {
      if ((await authorize(request, sessionId)) !== true) return jsonResponse(errorBodies.forbidden, 403);
      return jsonResponse(await retrieveExchangeSession(dwolla, sessionId));
    } catch (error) {
      onError?.(error, request);
      if (isExchangeSessionError(error) && error.code === 'notFound') return jsonResponse(errorBodies.notFound, 404);
      if (isExchangeSessionError(error)) return jsonResponse(errorBodies.badGateway, 502);
      return jsonResponse(errorBodies.serverError, 500);
    }
  };
}
