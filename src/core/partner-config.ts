/** The Checkout.com environment Flow talks to. */
export type CheckoutEnvironment = 'sandbox' | 'production';

/** How Checkout.com Flow is set up for debit-card capture (Push to Card). */
export interface CheckoutConfig {
  /** Your Checkout.com public key (`pk_…`); it is meant for the browser. */
  publicKey?: string;
  /** Required for live sessions: Checkout's loader would otherwise assume production silently. */
  environment?: CheckoutEnvironment;
  /** A Flow locale such as `en-GB`. */
  locale?: string;
  /** Flow's `appearance` design tokens (colours, fonts, border radius). */
  appearance?: Readonly<Record<string, unknown>>;
  /** Flow's `translations`, keyed by locale. */
  translations?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Flow's `componentOptions`, keyed by component name. */
  componentOptions?: Readonly<Record<string, unknown>>;
}

/** How the MX Connect URL is used: a full-page redirect, or an iframe inside the launcher. */
export type MxMode = 'redirect' | 'embed';

/** How MX Connect is run. */
export interface MxConfig {
  /** `'redirect'` (default) navigates the page; `'embed'` renders MX Connect in an iframe. */
  mode?: MxMode;
  /** Hosts the MX URL may point at; `*.` matches any subdomain. Defaults to `*.mx.com`, `*.moneydesktop.com`. */
  allowedHosts?: readonly string[];
  /**
   * How old an MX Connect URL may be and still be used; 10 minutes by default, as MX's expire. Its
   * age is measured by server clocks (the backend's `Date` header against `created`), never the
   * device's.
   */
  sessionLifetimeMs?: number;
}

/** How Plaid Link is opened. */
export interface PlaidConfig {
  /** `'auto'` (default) opens Link as soon as it is ready; `'button'` renders a button that opens it. */
  open?: 'auto' | 'button';
  /** The button's text in `'button'` mode. */
  buttonLabel?: string;
}

/** The partner settings the launcher reads, per partner. */
export interface PartnerConfig {
  checkout?: CheckoutConfig;
  mx?: MxConfig;
  plaid?: PlaidConfig;
  /** A CSP nonce put on the partner scripts the library adds (Plaid's, Checkout.com's). */
  nonce?: string;
  /** How long a partner script may take to load before it is a `partnerLoadFailed` error; 30 s by default. */
  scriptTimeoutMs?: number;
}
