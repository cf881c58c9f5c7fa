import type { ExchangePartner } from '../core/session/session';
import type {
  FakeDwollaExchange,
  FakeDwollaFault,
  FakeDwollaFaultMatch,
  FakeDwollaFundingSource,
  FakeDwollaPartner,
  FakeDwollaRequest,
  FakeDwollaSession,
} from './fake-dwolla-state';
import type { FakeDwollaEvent, FakeWebhookDelivery, FakeWebhookSubscription } from './fake-dwolla-webhook-types';

/** Options of `startFakeDwolla`. */
export interface FakeDwollaOptions {
  /** The `expires_in` of the tokens it issues, in seconds: past it, by its clock, a token answers `401` `ExpiredAccessToken`. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** The MX Connect URL of its MX sessions, asked for each time (a local fake page's); the fixture's by default. */
  mxUrl?: () => string | undefined;
  /**
   * Its clock: the `created` of what it creates, its answers' `Date` header, and its tokens'
   * expiry. The real time by default; give a clock of your own to test an MX session older than
   * the ten minutes its Connect URL lives.
   */
  now?: () => Date;
  /**
   * The ids of the customers of its Dwolla account. Requests about any other customer answer `404`
   * `NotFound`, as Dwolla's do. Default: `[fakeDwollaCustomerId]`.
   */
  customers?: readonly string[];
  /** How many items a page of its lists holds (`GET /customers/{id}/exchanges`, `…/funding-sources`) unless a request says `limit`: 25 by default, as Dwolla's. */
  pageSize?: number;
}

/** A running fake of Dwolla's API, from `startFakeDwolla`. */
export interface FakeDwolla {
  /** Its URL on 127.0.0.1: give it to `createDwollaClient({ baseUrl })`, with `fakeDwollaCredentials`. */
  readonly baseUrl: string;
  /** Every request to its API, in order, the token requests included. */
  readonly requests: readonly FakeDwollaRequest[];
  /** The exchange sessions it holds, by id, in the order they were created (re-authentication sessions included). */
  readonly sessions: ReadonlyMap<string, FakeDwollaSession>;
  /** The exchanges it holds, by id. */
  readonly exchanges: ReadonlyMap<string, FakeDwollaExchange>;
  /** The funding sources it created, in order, removed ones included. */
  readonly fundingSources: readonly FakeDwollaFundingSource[];
  /** The events it created, in order, as its webhooks carry them and `GET /events/{id}` answers them. */
  readonly events: readonly FakeDwollaEvent[];
  /** Every delivery of an event to a webhook subscription, in order, with the status it was answered with once it was. */
  readonly webhookDeliveries: readonly FakeWebhookDelivery[];
  /** How many access tokens it issued. */
  readonly tokensIssued: number;
  /** The `_links.self.href` of a partner in its `GET /exchange-partners` list. */
  partnerHref(partner: FakeDwollaPartner): string;
  /**
   * Creates a session directly, as the app's backend would have before the page loads; returns its id.
   *
   * @throws for a customer it does not hold.
   */
  addSession(partner: ExchangePartner, customerId: string): string;
  /**
   * Plays the user finishing MX Connect in MX session `sessionId`: from then on the session's
   * customer has `fakeDwollaConnections` as available connections. In a browser the fake MX Connect
   * page does this itself when its Connect button is pressed.
   *
   * @throws for a session it does not hold, or one that is not MX's.
   */
  completeMxConnect(sessionId: string): void;
  /**
   * Subscribes to its webhooks, as `POST /webhook-subscriptions` does at Dwolla: from then on each
   * event it creates is delivered there (to each subscription, two during a secret's rotation),
   * signed with the subscription's secret: a funding source made from an exchange
   * (`customer_funding_source_added`, and `customer_funding_source_verified` for a bank account),
   * a funding source removed (`customer_funding_source_removed`), and what
   * {@link FakeDwolla.breakConnection} and {@link FakeDwolla.deactivateConnection} play. Each
   * subscription gets its deliveries one at a time, in order, never waited for by the request that
   * caused them: await {@link FakeDwolla.webhooksDelivered}.
   *
   * @throws for a subscription without a secret.
   */
  subscribeWebhooks(subscription: FakeWebhookSubscription): void;
  /** Resolves once every webhook delivery so far has been answered (or failed). */
  webhooksDelivered(): Promise<void>;
  /**
   * Delivers again every event a subscription has not answered with a `2xx`, as Dwolla's retries
   * do, or the event `eventId`, whatever it was answered (Dwolla now and then delivers an event
   * twice); resolves once they are answered.
   */
  redeliverWebhooks(eventId?: string): Promise<void>;
  /**
   * Plays the bank connection of exchange `exchangeId` breaking (a new bank password, revoked
   * consent): it sends `customer_exchange_reauth_required`. Dwolla's status of the exchange stays
   * `active` (its document has no other); a completed re-authentication session mends it.
   *
   * @throws for an exchange it does not hold.
   */
  breakConnection(exchangeId: string): void;
  /**
   * Plays the connection of exchange `exchangeId` stopping: its status `deactivated` in
   * `GET /customers/{id}/exchanges`, and `customer_exchange_deactivated` sent. A completed
   * re-authentication session makes it `active` again.
   *
   * @throws for an exchange it does not hold.
   */
  deactivateConnection(exchangeId: string): void;
  /**
   * Plays the user finishing the partner's flow in re-authentication session `sessionId` (as Plaid
   * or MX tell Dwolla): its exchange is `active` again and no longer needs its user. The fake MX
   * Connect page, and {@link FakeDwolla.completeMxConnect}, do this for an MX one.
   *
   * @throws for a session that re-authenticates no exchange.
   */
  completeReauthentication(sessionId: string): void;
  /** Expires every token issued so far: the next API request gets a `401` `ExpiredAccessToken`. */
  expireTokens(): void;
  /** Plays `fault` for the next `times` (default 1) requests that `match`. */
  fault(match: FakeDwollaFaultMatch, fault: FakeDwollaFault, times?: number): void;
  close(): Promise<void>;
}
