import { isExchangeSessionError } from '../core/errors';
import { isJsonObject, ownString } from '../core/json';
import type { ExchangePartner } from '../core/session';
import { normalizeExchangeSessionId } from '../core/session-id';
import type { DwollaClient } from './dwolla-client';
import { createExchangeSession, retrieveExchangeSession } from './exchange-sessions';
import { errorBodies, jsonResponse } from './json-response';

const partners: readonly string[] = ['mx', 'plaid', 'checkout'] satisfies ExchangePartner[];

/** Options of {@link createExchangeSessionHandler}. */
export interface ExchangeSessionHandlerOptions {
  dwolla: DwollaClient;
  /**
   * Whether the user behind `request` may read `sessionId` (look it up in your own records). Only
   * `true` lets the request through: the handler denies by default.
   */
  authorize: (request: Request, sessionId: string) => boolean | Promise<boolean>;
  /** Where the routes live: `GET {basePath}/{id}`, and `POST {basePath}`. Default `/api/exchange-sessions`. */
  basePath?: string;
  /**
   * Turns on `POST {basePath}` with `{ "partner": "plaid" }`: creates a session for the Dwolla
   * customer this returns for the request's user (`undefined` denies with `403`). Record the new
   * session with `onCreated` so that `authorize` lets its creator read it.
   */
  customerId?: (request: Request) => string | undefined | Promise<string | undefined>;
  /** Called with each session `POST` created, before it is answered. */
  onCreated?: (request: Request, session: { id: string; customerId: string; partner: ExchangePartner }) => void | Promise<void>;
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
  customerId,
  onCreated,
  onError,
}: ExchangeSessionHandlerOptions): (request: Request) => Promise<Response> {
  const collection = basePath.replace(/\/+$/, '');
  const prefix = `${collection}/`;

  async function create(request: Request, customerFor: NonNullable<ExchangeSessionHandlerOptions['customerId']>): Promise<Response> {
    const body: unknown = await request.json().catch(() => undefined);
    const partner = isJsonObject(body) ? ownString(body, 'partner') : undefined;
    if (!partner || !partners.includes(partner)) return jsonResponse(errorBodies.badPartner, 400);
    try {
      const customer = await customerFor(request);
      if (!customer) return jsonResponse(errorBodies.forbiddenCreate, 403);
      const { id } = await createExchangeSession(dwolla, { customerId: customer, partner });
      await onCreated?.(request, { id, customerId: customer, partner: partner as ExchangePartner });
      return jsonResponse({ id }, 201, { Location: `${prefix}${encodeURIComponent(id)}` });
    } catch (error) {
      onError?.(error, request);
      return jsonResponse(isExchangeSessionError(error) ? errorBodies.badGateway : errorBodies.serverError, isExchangeSessionError(error) ? 502 : 500);
    }
  }

  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === collection && request.method === 'POST' && customerId) return create(request, customerId);
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
