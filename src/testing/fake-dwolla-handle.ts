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
  /** The funding sources it created, in order. */
  readonly fundingSources: readonly FakeDwollaFundingSource[];
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
  /** Expires every token issued so far: the next API request gets a `401` `ExpiredAccessToken`. */
  expireTokens(): void;
  /** Plays `fault` for the next `times` (default 1) requests that `match`. */
  fault(match: FakeDwollaFaultMatch, fault: FakeDwollaFault, times?: number): void;
  close(): Promise<void>;
}
