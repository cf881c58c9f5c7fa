import type { ExchangePartner } from './session/session';

/** An institution as Plaid Link reports it. */
export interface PlaidInstitution {
  name: string;
  institution_id: string;
}

/** One account the user chose in Plaid Link. */
export interface PlaidAccount {
  id: string;
  name: string;
  mask: string | null;
  type: string;
  subtype: string | null;
  verification_status?: string | null;
}

/** The metadata of Plaid Link's `onSuccess`. */
export interface PlaidSuccessMetadata {
  institution: PlaidInstitution | null;
  accounts: PlaidAccount[];
  link_session_id: string;
}

/** The error of Plaid Link's `onExit`, when the user left because of one. */
export interface PlaidExitError {
  error_type: string;
  error_code: string;
  error_message: string;
  display_message: string | null;
}

/** The metadata of Plaid Link's `onExit`. */
export interface PlaidExitMetadata {
  institution: PlaidInstitution | null;
  status: string | null;
  link_session_id: string;
  request_id: string;
}

/** The card Checkout.com Flow tokenized, as far as its tokenization reported it. */
export interface CheckoutCard {
  /** The card's scheme as Checkout.com names it (`Visa`, `Mastercard`). */
  scheme?: string;
  /** The last four digits of its number. */
  last4?: string;
}

/** A payment Checkout.com Flow completed: its `id` (`pay_…`) is what Dwolla's exchange needs. */
export interface CheckoutPayment {
  id: string;
  status: string;
  type: string;
  /** The card paid with, when Flow's tokenization reported it (its scheme and last four digits). */
  card?: CheckoutCard;
}

/**
 * What the partner flow produced, for your backend to create the Dwolla exchange with:
 * MX `memberGuid`, Plaid `publicToken`, Checkout.com `paymentId`. After a re-authentication
 * (`reauthenticated: true`) the existing exchange works again and needs no new one.
 */
export type ExchangeSessionSuccess = (
  | { partner: 'mx'; sessionId: string; memberGuid: string; userGuid: string; sessionGuid?: string }
  | { partner: 'plaid'; sessionId: string; publicToken: string; metadata: PlaidSuccessMetadata }
  | { partner: 'checkout'; sessionId: string; paymentId: string; payment: CheckoutPayment }
) & { reauthenticated?: true };

/**
 * The user left the partner's UI without finishing. Only Plaid Link has an exit of its own; MX
 * and Checkout.com are left by leaving the page, which the app sees itself.
 */
export interface ExchangeSessionExit {
  partner: 'plaid';
  sessionId: string;
  /** Why Plaid Link closed, when it closed because of an error. */
  error: PlaidExitError | null;
  metadata: PlaidExitMetadata;
}

/**
 * Something happened along the flow, for analytics and logs. `returned`: the user came back from
 * MX's redirect to a launcher with `resume` (MX reports nothing to the page it left). Partner
 * events carry the partner's own names: Plaid's `eventName`s, MX's `mx/connect/…` message types,
 * Flow's callbacks.
 */
export type ExchangeSessionEvent =
  | { type: 'sessionLoaded'; partner: ExchangePartner; sessionId: string }
  | { type: 'opened'; partner: ExchangePartner; sessionId: string }
  | { type: 'redirect'; partner: 'mx'; sessionId: string; url: string }
  | { type: 'returned'; partner: 'mx'; sessionId: string }
  | { type: 'sessionRenewed'; partner: ExchangePartner; previousSessionId: string; sessionId: string }
  | { type: 'partnerEvent'; partner: 'plaid'; sessionId: string; name: string; metadata: Readonly<Record<string, unknown>> }
  | { type: 'partnerEvent'; partner: 'mx'; sessionId: string; name: string; metadata: Readonly<Record<string, unknown>> }
  | { type: 'partnerEvent'; partner: 'checkout'; sessionId: string; name: 'ready' | 'change' | 'submit' };
