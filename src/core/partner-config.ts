import type { CheckoutWebComponentsComponentOptions, CustomTranslations, PartialDesignTokens } from '@checkout.com/checkout-web-components';

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
  appearance?: PartialDesignTokens;
  /** Flow's `translations`, keyed by locale. */
  translations?: CustomTranslations;
  /** Flow's `componentOptions`, keyed by component name. */
  componentOptions?: CheckoutWebComponentsComponentOptions;
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
  /** OAuth: on the page the bank sent the user back to, `window.location.href`, to re-open Link with the same token. */
  receivedRedirectUri?: string;
}

/** The partner settings, per partner: on the provider for the whole app, on a launcher for its own flow. */
export interface PartnerConfig {
  checkout?: CheckoutConfig;
  mx?: MxConfig;
  plaid?: PlaidConfig;
}

/** How the partner scripts the library adds (Plaid's, Checkout.com's) are loaded. */
export interface PartnerScriptOptions {
  /** A CSP nonce put on the script elements. */
  nonce?: string;
  /** How long a script may take to load before it is a `partnerLoadFailed` error; 30 s by default. */
  timeoutMs?: number;
}
