/** The exchange partners whose flows this library runs. */
export type ExchangePartner = 'mx' | 'plaid' | 'checkout';

const exchangePartners: readonly unknown[] = ['mx', 'plaid', 'checkout'] satisfies ExchangePartner[];

/** Whether `value` names a partner this library runs (from JSON, storage or a request). */
export function isExchangePartner(value: unknown): value is ExchangePartner {
  return exchangePartners.includes(value);
}

interface ExchangeSessionBase {
  /** The exchange session's id (from `_links.self.href`, else the id that was requested). */
  id: string;
  /** When Dwolla created the session, as the ISO 8601 string it sent (serialisable for SSR). */
  created: string;
  /** `_links["exchange-partner"].href`: the Dwolla resource of the partner. */
  partnerHref: string;
  /**
   * When the app's backend answered with the session, by the backend's clock (the answer's `Date`
   * header): with `created`, the session's age by server clocks, never the device's. Absent when
   * the answer had no `Date` header (an endpoint function that returns JSON).
   */
  answeredAt?: string;
}

/** An MX session: the user connects their bank on MX Connect at {@link MxExchangeSession.url}. */
export interface MxExchangeSession extends ExchangeSessionBase {
  partner: 'mx';
  /** `_links["external-provider-session"].href`: the MX Connect URL (single use, short-lived). */
  url: string;
}

/** A Plaid session: Plaid Link opens with {@link PlaidExchangeSession.linkToken}. */
export interface PlaidExchangeSession extends ExchangeSessionBase {
  partner: 'plaid';
  /** `externalProviderSessionToken`: the Link token. */
  linkToken: string;
}

/**
 * A Checkout.com payment session, in the snake_case shape Checkout.com Flow expects as its
 * `paymentSession` option.
 */
export interface CheckoutPaymentSession {
  /** The payment session id, `ps_…`. */
  id: string;
  payment_session_secret: string;
  payment_session_token: string;
}

/** A Checkout.com session: Flow captures a debit card for Push to Card. */
export interface CheckoutExchangeSession extends ExchangeSessionBase {
  partner: 'checkout';
  /** `externalProviderSessionData`, reduced to the three fields Flow needs. */
  paymentSession: CheckoutPaymentSession;
}

/** A validated Dwolla exchange session, discriminated by {@link ExchangePartner | `partner`}. */
export type ExchangeSession = MxExchangeSession | PlaidExchangeSession | CheckoutExchangeSession;

/** The session type of one partner: `ExchangeSessionOf<'plaid'>` is {@link PlaidExchangeSession}. */
export type ExchangeSessionOf<P extends ExchangePartner> = Extract<ExchangeSession, { partner: P }>;

/**
 * Dwolla's exchange session body (`GET /exchange-sessions/{id}`) as the app's backend passes it
 * on: what an endpoint function returns. It is validated into an {@link ExchangeSession}.
 */
export interface ExchangeSessionBody {
  _links: Readonly<Record<string, { href: string }>>;
  created: string;
  /** Plaid's link token. */
  externalProviderSessionToken?: string;
  /** Checkout.com's payment session. */
  externalProviderSessionData?: CheckoutPaymentSession;
}
