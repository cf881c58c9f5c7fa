import type { AvailableExchangeConnection } from '../core/exchange/exchange-token';
import type { ExchangePartner } from '../core/session/session';
import type { FakeDwollaEvent, FakeWebhookDelivery, FakeWebhookSubscription } from './fake-dwolla-webhook-types';
import { fixturePartnerIds } from './fixtures';

/** Obviously fake application credentials, the only ones the fake Dwolla's token endpoint takes. */
export const fakeDwollaCredentials = { key: 'fake-dwolla-key-0000', secret: 'fake-dwolla-secret-0000' } as const;

/** The customer the fake Dwolla holds unless told of others (`startFakeDwolla({ customers })`): obviously fake. */
export const fakeDwollaCustomerId = 'fa4e0003-0000-4000-8000-000000000001';

/** The partners the fake Dwolla lists: this library's three, and Finicity, which has no sessions. */
export type FakeDwollaPartner = ExchangePartner | 'finicity';

/** The ids of the partners in the fake's `GET /exchange-partners` list: the fixtures' and Finicity. */
export const fakePartnerIds: Record<FakeDwollaPartner, string> = { ...fixturePartnerIds, finicity: 'fa4e0002-0000-4000-8000-0000000000b4' };
/** Dwolla's names of those partners. */
export const fakePartnerNames: Record<FakeDwollaPartner, string> = { mx: 'MX', plaid: 'Plaid', checkout: 'Checkout.com', finicity: 'Finicity' };

/** The accounts the fake Dwolla lists as a customer's available connections once MX Connect ran: obviously fake. */
export const fakeDwollaConnections: readonly AvailableExchangeConnection[] = [
  { availableConnectionToken: 'fake-connection-token-checking', name: 'MX Bank Checking' },
  { availableConnectionToken: 'fake-connection-token-savings', name: 'MX Bank Savings' },
];

/** What the fake Dwolla recorded of one request it received. */
export interface FakeDwollaRequest {
  method: string;
  /** The path, as sent (still percent-encoded). */
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  /** The JSON body, the raw text of any other body, or `undefined` when there was none. */
  body: unknown;
}

/** An exchange session the fake Dwolla holds. */
export interface FakeDwollaSession {
  customerId: string;
  partner: ExchangePartner;
  /** The exchange a re-authentication session renews; none for a new connection. */
  exchangeId?: string;
}

/** An exchange the fake Dwolla holds. */
export interface FakeDwollaExchange {
  customerId: string;
  partner: ExchangePartner;
  /** The body it was created with. */
  body: unknown;
  /** Its status at Dwolla: `active`, or `deactivated` once `deactivateConnection` played that. */
  status: 'active' | 'deactivated';
  /** Whether its bank connection needs its user (`breakConnection`), until a re-authentication completes. */
  reauthenticationRequired: boolean;
}

/** A funding source the fake Dwolla created. */
export interface FakeDwollaFundingSource {
  /** Its id, at the end of its URL. */
  id: string;
  customerId: string;
  /** The exchange it was made from. */
  exchangeId: string;
  /** The body it was created with. */
  body: unknown;
  /** Whether it was removed (`POST /funding-sources/{id}` with `{ "removed": true }`). */
  removed: boolean;
}

/**
 * A fault the fake Dwolla plays for matching requests instead of its usual answer: an answer
 * with `status` and Dwolla's error `body` (a 5xx outage, a `401` `InvalidExchangeToken`, a
 * `401` `ExpiredAccessToken`…), or its usual answer after `delay` (milliseconds, or when the
 * promise settles: a test's explicit signal).
 */
export type FakeDwollaFault = { status: number; body?: unknown } | { delay: number | PromiseLike<unknown> };

/** Which requests a fault is for: a method (any by default) and a path, exact or a pattern. */
export interface FakeDwollaFaultMatch {
  method?: 'GET' | 'POST';
  path: string | RegExp;
}

/** The fake's records, shared by its routes and its handle. */
export interface FakeDwollaState {
  requests: FakeDwollaRequest[];
  /** The access tokens issued, each with when it expires (milliseconds, by the fake's clock). */
  tokens: Map<string, number>;
  customers: Set<string>;
  /** The customers who finished MX Connect: Dwolla lists their accounts as available connections. */
  mxConnected: Set<string>;
  sessions: Map<string, FakeDwollaSession>;
  exchanges: Map<string, FakeDwollaExchange>;
  /** When each session, exchange, funding source and event was created, by the fake's clock (ISO 8601): its `created`, fixed from then on. */
  created: Map<string, string>;
  fundingSources: FakeDwollaFundingSource[];
  events: FakeDwollaEvent[];
  subscriptions: FakeWebhookSubscription[];
  deliveries: FakeWebhookDelivery[];
  /** Each subscription's deliveries, sent one after the other: the last one's end. */
  deliveryQueues: Map<FakeWebhookSubscription, Promise<void>>;
  /** The funding source of each customer's linked account, to refuse one linked twice. */
  linkedAccounts: Map<string, string>;
  faults: Array<{ match: FakeDwollaFaultMatch; fault: FakeDwollaFault; times: number }>;
  /** The answers to POSTs by `Idempotency-Key`, replayed as Dwolla does. */
  idempotent: Map<string, { status: number; headers: Record<string, string>; body: string }>;
  nextId: number;
}

/** Empty records for a fake that has just started, holding `customers`. */
export function newFakeDwollaState(customers: Iterable<string>): FakeDwollaState {
  return {
    requests: [],
    tokens: new Map(),
    customers: new Set(customers),
    mxConnected: new Set(),
    sessions: new Map(),
    exchanges: new Map(),
    created: new Map(),
    fundingSources: [],
    events: [],
    subscriptions: [],
    deliveries: [],
    deliveryQueues: new Map(),
    linkedAccounts: new Map(),
    faults: [],
    idempotent: new Map(),
    nextId: 0,
  };
}

/** A new id, shaped like Dwolla's and obviously fake. */
export function newFakeId(state: FakeDwollaState): string {
  const n = String((state.nextId += 1));
  return `fa4e${n.padStart(4, '0')}-0000-4000-8000-00000000f${n.padStart(3, '0')}`;
}

/** The first fault for a request, used up once. */
export function takeFault(state: FakeDwollaState, method: string, path: string): FakeDwollaFault | undefined {
  const entry = state.faults.find(({ match }) => (match.method ?? method) === method && (typeof match.path === 'string' ? match.path === path : match.path.test(path)));
  if (!entry) return undefined;
  entry.times -= 1;
  if (entry.times <= 0) state.faults.splice(state.faults.indexOf(entry), 1);
  return entry.fault;
}
