/**
 * The texts of the linked accounts' view (`LinkedAccounts`), part of `ExchangeMessages`. The view
 * also shows the launcher's `loading`, `retry`, error hints and account types.
 */
export interface LinkedAccountsMessages {
  /** The list's accessible name. */
  linkedAccountsLabel: string;
  /** The list is loading. */
  linkedAccountsLoading: string;
  /** The list could not be loaded: what happened (what to do is the error family's hint). */
  linkedAccountsFailed: string;
  /** The customer has no linked account. */
  linkedAccountsEmpty: string;

  /** The state badge of an account in use. */
  linkedStateActive: string;
  /** The state badge of an account whose bank asks the user to sign in again. */
  linkedStateReauthenticationRequired: string;
  /** The state badge of an account that can no longer be used. */
  linkedStateDeactivated: string;
  /** Under an account that needs reconnecting: why, and what to do. */
  linkedReconnectHint: string;
  /** Under a deactivated account: what it means, and what to do. */
  linkedDeactivatedHint: string;

  /** A bank account whose kind (checking, savings) is not known. */
  linkedBankAccount: string;
  /** A debit card. */
  linkedCard: string;
  /** The name of an account without a funding source, given its partner's name. */
  linkedAccountOf: (partner: string) => string;
  /** The partner of an account linked through a provider the library does not run. */
  linkedOtherPartner: string;
  /** Under the account's name: through whom, and on which date, it was linked. */
  linkedThrough: (partner: string, date: string) => string;

  /** The button that reconnects an account in place (its visible text). */
  linkedReconnect: string;
  /** The same button's accessible name, given the account's name; also the name of the reconnection's region. */
  linkedReconnectLabel: (name: string) => string;
  /** Announced once the account is reconnected. */
  linkedReconnected: (name: string) => string;

  /** The button that asks to remove a funding source (its visible text). */
  linkedRemove: string;
  /** The same button's accessible name, given the funding source's name. */
  linkedRemoveLabel: (name: string) => string;
  /** The confirmation's question. */
  linkedConfirmTitle: (name: string) => string;
  /** What removing means, under the question. */
  linkedConfirmHint: string;
  /** The confirmation's button that removes. */
  linkedConfirmRemove: string;
  /** The button that closes the confirmation, or the reconnection, and changes nothing. */
  linkedCancel: string;
  /** The removal is on its way. */
  linkedRemoving: string;
  /** Announced once the funding source is removed. */
  linkedRemoved: (name: string) => string;
  /** The removal failed: what happened (what to do is the error family's hint). */
  linkedRemoveFailed: (name: string) => string;
  /** What to do when the backend no longer knows the funding source. */
  linkedGoneHint: string;
}
