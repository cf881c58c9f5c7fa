import { ExchangeSessionError } from '../core/errors';
import { availableConnectionsRoute, completeExchangeRoute } from './exchange-routes';
import type { CustomerRouteContext, ExchangeSessionHandlerOptions, RouteContext } from './handler-options';
import { matchRoute, readDwollaId } from './handler-request';
import { errorBodies, jsonResponse, type HandlerErrorBody } from './json-response';
import { linkedAccountsRoute, reconnectedRoute, removeFundingSourceRoute } from './linked-routes';
import { withAdapterRules } from './adapter-rules';
import { originCheck } from './origin-check';
import { createSessionRoute, retrieveSessionRoute } from './session-routes';

/**
 * A Web-standard request handler (Next.js route handlers, Remix, Hono, Bun, edge runtimes; Node
 * and Express through `toNodeHandler`) for the browser side of the whole journey:
 *
 * - `GET {basePath}/{id}`: Dwolla's exchange session, for `useExchangeSession` and the launcher;
 * - `POST {basePath}` (with `customerId`): `{ "partner": "plaid" }` creates a session,
 *   `{ "exchangeId": "…" }` (with `authorizeExchange`) a re-authentication session, either with a
 *   `redirectUrl` of `redirectUrls`; `201` with `Location: {basePath}/{id}` and the session read
 *   from Dwolla in the same request, as `GET {basePath}/{id}` serves it (`201 { id }` when that
 *   read fails: the session exists). A click sent again with the browser's `Idempotency-Key`
 *   header is answered with the session the first request created;
 * - `GET {basePath}/{id}/available-connections` (with `customerId`): the accounts connected through MX;
 * - `POST {basePath}/{id}/exchange` (with `customerId`): the exchange (and funding source) from the
 *   partner's token, or, with the `exchangeUrl` a failed funding source's error named, that funding
 *   source alone; `201 { exchangeUrl, fundingSourceUrl? }`. The same request sent again (a lost
 *   answer) is answered with the exchange and funding source the first one created;
 * - `GET {basePath}/linked` (with `customerId`): the customer's linked accounts, newest first,
 *   `200 { accounts }`: each exchange with its partner, its state (Dwolla's `deactivated`, else
 *   what `accountState` says, else `active`) and the funding sources made from it;
 * - `POST {basePath}/linked/{exchangeId}/reconnected` (with `customerId`): the customer
 *   re-authenticated one of their exchanges; `onReconnected` clears the app's record of it.
 * - `POST {basePath}/linked/{fundingSourceId}/remove` (with `customerId`): removes one of the
 *   customer's funding sources, `200 { fundingSourceUrl, removed: true }`, also when it was
 *   removed already; `403` for anyone else's, `404` for one Dwolla does not know.
 *
 * Every session route asks `authorize` first, for an id shaped like Dwolla's (`400` otherwise). A
 * failure after something was created names it as `_links.about.href`. A known path with another
 * method answers `405` with `Allow`, any other path `404`. Never sends credentials, tokens or
 * Dwolla's error details to the browser; `onError` sees every failure.
 *
 * Every `POST` takes only `application/json` (`415` otherwise, so a form or a `text/plain` POST
 * from another site is never read) of at most 8 kB (`413`, checked before the body is read whole).
 * With `allowedOrigins` (a list, or a function of the origin), a request from any other `Origin`
 * is `403` before anything else.
 *
 * @throws {@link ExchangeSessionError} `configuration` when `authorizeExchange` comes without
 * `customerId`, or `allowedOrigins` or `redirectUrls` holds something that is not an origin or a URL.
 *
 * @example
 * ```ts
 * // app/api/exchange-sessions/[[...path]]/route.ts
 * const handler = createExchangeSessionHandler({
 *   dwolla,
 *   authorize: (request, id) => db.ownsSession(userOf(request), id),
 *   customerId: (request) => userOf(request)?.dwollaCustomerId,
 *   authorizeExchange: (request, exchangeId) => db.ownsExchange(userOf(request), exchangeId),
 *   onCreated: (request, session) => db.recordSession(userOf(request), session),
 *   onExchangeCreated: (request, exchange) => db.recordExchange(userOf(request), exchange),
 *   onError: (error) => logger.error(error),
 * });
 * export { handler as GET, handler as POST };
 * // POST /api/exchange-sessions                              { "partner": "mx" } | { "exchangeId": "…" }
 * // GET  /api/exchange-sessions/{id}
 * // GET  /api/exchange-sessions/{id}/available-connections
 * // POST /api/exchange-sessions/{id}/exchange                { "partner": "mx", "availableConnectionToken": "…",
 * //                                                            "fundingSource": { "name": "…", "bankAccountType": "checking" } }
 * // GET  /api/exchange-sessions/linked
 * // POST /api/exchange-sessions/linked/{fundingSourceId}/remove
 * ```
 */
export function createExchangeSessionHandler({
  basePath = '/api/exchange-sessions',
  ...options
}: ExchangeSessionHandlerOptions): (request: Request) => Promise<Response> {
  if (options.authorizeExchange && !options.customerId) {
    throw new ExchangeSessionError('configuration', 'createExchangeSessionHandler: authorizeExchange needs customerId, the customer a re-authentication session is recorded for.');
  }
  const badRedirectUrl = options.redirectUrls?.find((url) => !URL.canParse(url));
  if (badRedirectUrl !== undefined) {
    throw new ExchangeSessionError('configuration', `createExchangeSessionHandler: redirectUrls takes absolute URLs, not "${badRedirectUrl}".`);
  }
  const collection = basePath.replace(/\/+$/, '');
  const fromAllowedOrigin = originCheck(options);
  const context: RouteContext = { ...options, prefix: `${collection}/` };
  const customerId = options.customerId;
  const withCustomer: CustomerRouteContext | undefined = customerId && { ...context, customerId };
  const notFound = () => jsonResponse(errorBodies.noRoute, 404);

  return withAdapterRules(async (request: Request) => {
    if (!fromAllowedOrigin(request)) return jsonResponse(errorBodies.forbiddenOrigin, 403);
    const route = matchRoute(new URL(request.url).pathname, collection);
    if (!route) return notFound();
    const allow = (method: 'GET' | 'POST', respond: () => Promise<Response>) =>
      request.method === method ? respond() : jsonResponse(errorBodies.methodNotAllowed, 405, { Allow: method });
    // The routes of the customer's own resources need `customerId`: without it they are not there.
    const ofCustomer = (method: 'GET' | 'POST', respond: (customerContext: CustomerRouteContext) => Promise<Response>) =>
      withCustomer ? allow(method, () => respond(withCustomer)) : notFound();
    const withId = (segment: string, refusal: HandlerErrorBody, respond: (id: string) => Promise<Response>) => {
      const id = readDwollaId(segment);
      return id === undefined ? Promise.resolve(jsonResponse(refusal, 400)) : respond(id);
    };
    switch (route.name) {
      case 'collection':
        return ofCustomer('POST', (customer) => createSessionRoute(customer, request));
      case 'session':
        return allow('GET', () => withId(route.segment, errorBodies.badRequest, (id) => retrieveSessionRoute(context, request, id)));
      case 'availableConnections':
        return ofCustomer('GET', (customer) => withId(route.segment, errorBodies.badRequest, (id) => availableConnectionsRoute(customer, request, id)));
      case 'exchange':
        return ofCustomer('POST', (customer) => withId(route.segment, errorBodies.badRequest, (id) => completeExchangeRoute(customer, request, id)));
      case 'linked':
        return ofCustomer('GET', (customer) => linkedAccountsRoute(customer, request));
      case 'removeFundingSource':
        return ofCustomer('POST', (customer) => withId(route.segment, errorBodies.badFundingSourceId, (id) => removeFundingSourceRoute(customer, request, id)));
      case 'reconnected':
        return ofCustomer('POST', (customer) => withId(route.segment, errorBodies.badExchangeId, (id) => reconnectedRoute(customer, request, id)));
      default:
        return route satisfies never;
    }
  }, { fromAllowedOrigin });
}
