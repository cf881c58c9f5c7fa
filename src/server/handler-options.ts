import type { ExchangePartner } from '../core/session/session';
import type { DwollaClient } from './dwolla-client';
import type { LinkedExchangeRecord, RecordedAccountState } from './linked-account-types';

/**
 * A session the handler's `POST {basePath}` created, for `onCreated`: a new session with a
 * partner, or a re-authentication session for the exchange `exchangeId`.
 */
export type CreatedExchangeSessionRecord =
  | { id: string; customerId: string; partner: ExchangePartner }
  | { id: string; customerId: string; exchangeId: string };

/** An exchange the handler's `POST {basePath}/{id}/exchange` created, for `onExchangeCreated`. */
export interface CreatedExchangeRecord {
  /** The exchange session whose flow produced the token. */
  sessionId: string;
  customerId: string;
  /** Dwolla's URL of the new exchange. */
  exchangeUrl: string;
  /** Dwolla's URL of the new funding source, when the request asked for one and Dwolla created it. */
  fundingSourceUrl?: string;
}

/** Options of {@link createExchangeSessionHandler}. */
export interface ExchangeSessionHandlerOptions {
  dwolla: DwollaClient;
  /**
   * Whether the user behind `request` may use `sessionId` (look it up in your own records): read
   * it, list its connected accounts, create its exchange. Only `true` lets the request through:
   * the handler denies by default.
   */
  authorize: (request: Request, sessionId: string) => boolean | Promise<boolean>;
  /**
   * Where the routes live: `{basePath}`, `{basePath}/{id}`, `{basePath}/{id}/available-connections`
   * and `{basePath}/{id}/exchange`. Default `/api/exchange-sessions`.
   */
  basePath?: string;
  /**
   * The Dwolla customer of the request's user (`undefined` denies with `403`). Turns on
   * `POST {basePath}` with `{ "partner": "plaid" }`, `GET {basePath}/{id}/available-connections`,
   * `POST {basePath}/{id}/exchange`, `GET {basePath}/linked` and
   * `POST {basePath}/linked/{fundingSourceId}/remove`; without it those answer `404`. Record each
   * new session with `onCreated` so that `authorize` lets its creator use it.
   */
  customerId?: (request: Request) => string | undefined | Promise<string | undefined>;
  /**
   * Whether the user behind `request` may re-authenticate the exchange `exchangeId` (one of theirs,
   * by your own records). Turns on `POST {basePath}` with `{ "exchangeId": "…" }`; needs
   * `customerId`. Only `true` lets the request through.
   */
  authorizeExchange?: (request: Request, exchangeId: string) => boolean | Promise<boolean>;
  /**
   * Called with each session `POST {basePath}` created, before it is answered (while the session
   * is read back from Dwolla). If it throws, the request fails naming the session
   * (`_links.about.href`) and `onError` sees why. A click sent again with the browser's
   * `Idempotency-Key` is answered with the session it created, and calls this again with it:
   * record sessions by `id`.
   */
  onCreated?: (request: Request, session: CreatedExchangeSessionRecord) => void | Promise<void>;
  /**
   * Called with each exchange `POST {basePath}/{id}/exchange` created, with the session that made
   * it, before it is answered; also when Dwolla then refuses the funding source (without
   * `fundingSourceUrl`), since the exchange exists and the partner's token is spent, and again
   * when a retry answers it (a lost answer sent again, the funding source tried alone): record
   * exchanges by `exchangeUrl`. If it throws, the request fails naming the exchange
   * (`_links.about.href`), so that the browser's retry calls it again, and `onError` sees why.
   */
  onExchangeCreated?: (request: Request, exchange: CreatedExchangeRecord) => void | Promise<void>;
  /**
   * What your records say of an exchange's connection, for `GET {basePath}/linked`: the webhooks
   * your webhook route got (`customer_exchange_reauth_required` → `'reauthenticationRequired'`,
   * `customer_exchange_deactivated` → `'deactivated'`), cleared when its user re-authenticated.
   * `undefined` says nothing: the account is `active` unless Dwolla's own status says `deactivated`,
   * which wins. If it throws, the request fails (`500`) and `onError` sees why.
   */
  accountState?: (request: Request, exchange: LinkedExchangeRecord) => RecordedAccountState | Promise<RecordedAccountState>;
  /**
   * The customer re-authenticated one of their exchanges (`POST {basePath}/linked/{exchangeId}/reconnected`,
   * which `<LinkedAccounts>` sends once its Reconnect finished): clear what your records said of
   * its connection, as Dwolla sends no webhook when a connection is mended. Only the customer's own
   * exchanges reach it. If it throws, the request fails (`500`) and `onError` sees why.
   */
  onReconnected?: (request: Request, exchange: LinkedExchangeRecord) => void | Promise<void>;
  /** Sees every failure with its full detail, for your logs; the browser gets none of it. If it throws, the answer is the same. */
  onError?: (error: unknown, request: Request) => void;
  /**
   * The origins your pages are served from (`https://app.example`), or a function that says
   * whether an origin is yours (`(origin, request) => origin === \`http://localhost:${port}\``, for
   * an app that learns its port at listen time; only `true` allows, and a throw, reported to
   * `onError`, denies). When given, a request whose `Origin` header names any other origin (`null`
   * included) is refused with `403` before anything else, before `toNodeHandler` reads or refuses
   * anything too (the function may then be asked twice; for a request the adapter cannot pass on,
   * a malformed `Host` or `TRACE`, it sees the headers on a `GET` of `http://localhost/`): a defence against
   * cross-site requests for apps that authenticate with cookies. Requests without `Origin`
   * (same-origin `GET`s, server-to-server calls) are served.
   */
  allowedOrigins?: readonly string[] | ((origin: string, request: Request) => boolean);
  /**
   * The redirect URLs a browser may ask a session to return to (`{ "partner": "plaid",
   * "redirectUrl": "…" }` or `{ "exchangeId": "…", "redirectUrl": "…" }`, Plaid on mobile), each
   * exactly as configured on your Dwolla account. Without it, a body with `redirectUrl` is refused.
   */
  redirectUrls?: readonly string[];
}

/** What the routes work with: the options, and the prefix of a session's path. */
export type RouteContext = Omit<ExchangeSessionHandlerOptions, 'basePath' | 'allowedOrigins'> & { prefix: string };

/** The context of the routes that need the request's Dwolla customer. */
export type CustomerRouteContext = RouteContext & Required<Pick<ExchangeSessionHandlerOptions, 'customerId'>>;
