import type { AvailableExchangeConnection, ExchangeToken, FundingSourceRequest } from '../exchange/exchange-token';
import type { LinkedAccount } from '../linked/linked-account';
import type { ExchangePartner, ExchangeSessionBody } from '../session/session';

// The app's backend, route by route: what each is sent and answers, whichever form the app gives
// it (the `/server` handler's route under `basePath`, a path of its own, or a function).

/**
 * The app's own backend endpoint that answers one exchange session (the browser never calls
 * Dwolla, whose API needs server credentials):
 * - a string: `GET {string}/{id}`, or the string with its `{id}` placeholder replaced;
 * - a function returning Dwolla's session body, or a `Response` read like a fetch's. Throw an
 *   `ExchangeSessionError` to choose the error code yourself.
 */
export type ExchangeSessionEndpoint =
  | string
  | ((sessionId: string, context: { signal: AbortSignal }) => Promise<ExchangeSessionBody | Response>);

/**
 * What the browser asks the app's backend to create: a new session with a partner, or a
 * re-authentication session for an existing exchange (`POST /exchanges/{id}/exchange-sessions`).
 */
export type ExchangeSessionCreateRequest = { partner: ExchangePartner } | { exchangeId: string };

/**
 * The app's backend endpoint that creates an exchange session for the signed-in user:
 * - a string: `POST {string}` with the request as JSON (`{ "partner": "plaid" }` or
 *   `{ "exchangeId": "…" }`), answered with the new session's body (the `/server` handler's
 *   answer: no second request is needed), `{ "id": "…" }`, or a `Location` header;
 * - a function returning the same: the session's body, `{ id }`, the id or its URL, or a
 *   `Response` read like a fetch's. Its `idempotencyKey` is the creation's: the same when the
 *   same creation is tried again (pass it to Dwolla as `Idempotency-Key`).
 *
 * A string route is sent the key as the `Idempotency-Key` header, which the `/server` handler
 * forwards to Dwolla.
 */
export type ExchangeSessionCreateEndpoint =
  | string
  | ((request: ExchangeSessionCreateRequest, context: { signal: AbortSignal; idempotencyKey: string }) => Promise<ExchangeSessionBody | { id: string } | string | Response>);

/**
 * What the browser posts to the app's backend to turn a finished flow into a Dwolla exchange. A
 * Plaid or Checkout.com `onSuccess` result is one as it is; an MX one needs the
 * `availableConnectionToken` of the account the user picked.
 */
export type CompleteExchangeRequest = ExchangeToken & {
  /** The exchange session the flow ran; the backend authorizes the request by it. */
  sessionId: string;
  /** Also create this funding source from the new exchange. */
  fundingSource?: FundingSourceRequest;
  /**
   * The exchange an earlier attempt created before its funding source failed: posted instead of
   * the token, which that attempt spent, to create only the funding source (see
   * {@link exchangeCompletionRetry}).
   */
  exchangeUrl?: string;
};

/**
 * The finished journey: the exchange the backend created (and its funding source, when asked
 * for), or, after a re-authentication, the exchange that was renewed in place.
 */
export type ExchangeCompletion =
  | { reauthenticated: false; exchangeUrl: string; fundingSourceUrl?: string }
  | { reauthenticated: true; exchangeId: string };

/** What the app's backend answers a completion with (the `/server` handler's answer). */
export interface ExchangeCompleteAnswer {
  exchangeUrl: string;
  fundingSourceUrl?: string;
}

/**
 * The app's backend endpoint that creates the exchange:
 * - a string: `POST {string}` (`{id}` replaced by the session id, else the id is appended) with
 *   the token and `fundingSource` as JSON, answered with an {@link ExchangeCompleteAnswer}
 *   (the `/server` handler's `POST {basePath}/{id}/exchange` route);
 * - a function returning that object, or a `Response` read the same way.
 */
export type ExchangeCompleteEndpoint =
  | string
  | ((request: CompleteExchangeRequest, context: { signal: AbortSignal }) => Promise<ExchangeCompleteAnswer | Response>);

/**
 * The app's backend endpoint listing the accounts the user connected through MX:
 * - a string: `GET {string}` (`{id}` replaced by the session id, else the id is appended),
 *   answered with `{ "connections": [{ "availableConnectionToken": "…", "name": "…" }] }` (the
 *   `/server` handler's `GET {basePath}/{id}/available-connections` route);
 * - a function returning that object, or a `Response` read the same way.
 */
export type ExchangeConnectionsEndpoint =
  | string
  | ((sessionId: string, context: { signal: AbortSignal }) => Promise<{ connections: AvailableExchangeConnection[] } | Response>);

/**
 * The app's backend endpoint listing the signed-in customer's linked accounts (their exchanges,
 * newest first, with the funding sources made from each):
 * - a string: `GET {string}`, answered with `{ "accounts": [LinkedAccount…] }` (the `/server`
 *   handler's `GET {basePath}/linked` route);
 * - a function returning that object, or a `Response` read the same way.
 */
export type LinkedAccountsEndpoint = string | ((context: { signal: AbortSignal }) => Promise<{ accounts: LinkedAccount[] } | Response>);

/** What the app's backend answers a funding source's removal with (the `/server` handler's answer). */
export interface LinkedFundingSourceRemoval {
  fundingSourceUrl: string;
  /** Always `true`: removing a funding source removed already answers the same. */
  removed: true;
}

/**
 * The app's backend endpoint that removes one of the customer's funding sources:
 * - a string: `POST {string}` with an empty JSON body (`{id}` replaced by the funding source's
 *   id, else the id is appended), answered with a {@link LinkedFundingSourceRemoval} (the
 *   `/server` handler's `POST {basePath}/linked/{id}/remove` route);
 * - a function returning that object, or a `Response` read the same way.
 */
export type RemoveLinkedFundingSourceEndpoint =
  | string
  | ((fundingSourceId: string, context: { signal: AbortSignal }) => Promise<LinkedFundingSourceRemoval | Response>);

/**
 * The app's backend endpoint told that the customer re-authenticated one of their exchanges (Dwolla
 * sends no webhook when a connection is mended, so the app's records learn it from the browser):
 * - a string: `POST {string}` with an empty JSON body (`{id}` replaced by the exchange's id, else
 *   the id is appended), answered `2xx` (the `/server` handler's
 *   `POST {basePath}/linked/{id}/reconnected` route, which calls its `onReconnected`);
 * - a function, or one returning a `Response` read the same way.
 */
export type LinkedAccountReconnectedEndpoint = string | ((exchangeId: string, context: { signal: AbortSignal }) => Promise<unknown>);
