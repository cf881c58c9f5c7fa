import type { LinkedAccountsMessages } from './linked-messages';

/**
 * Every text the library's default UI shows, in one language. A shipped catalogue (`en`, `es`)
 * is chosen by `locale`; `messages` overrides single entries. A catalogue of your own is typed
 * `satisfies ExchangeMessages`, so a missing text is a compile error.
 *
 * Error texts come in pairs for each family of {@link ExchangeSessionErrorCode}: what happened
 * (`error…`) and what to do (`error…Hint`). The developer-facing `error.message` stays English.
 */
export interface ExchangeMessages extends LauncherMessages, LinkedAccountsMessages {}

/**
 * The texts of the launcher, its steps and its errors: the catalogue that comes with the
 * launcher's code (the linked accounts' view adds {@link LinkedAccountsMessages}, in a catalogue
 * of its own, so that an app without that view never loads them).
 */
export interface LauncherMessages {
  /** The loading indicator's text, also its accessible name. */
  loading: string;
  /** The journey's end, a bank account (the flow succeeded; with `complete`, the exchange exists): the last screen's title. */
  linkedBankAccountTitle: string;
  /** The journey's end, a debit card (Checkout.com). */
  linkedCardTitle: string;
  /** A re-authentication's end: the account works again. */
  reconnectedTitle: string;
  /** A card as the last screen names it, given what Flow reported of it: `Visa debit ••4242`. */
  cardName: (card: { scheme?: string; last4?: string }) => string;
  /** The chosen account is being linked. */
  linking: string;
  /** The error card's button, where trying again can help. */
  retry: string;

  /** The session expired, was spent, or does not exist. */
  errorGone: string;
  errorGoneHint: string;
  /** The backend refused: not signed in, or not this user's session. */
  errorSignIn: string;
  errorSignInHint: string;
  /** The backend could not be reached or failed. */
  errorOffline: string;
  errorOfflineHint: string;
  /** The partner's window (its script, its code) could not be loaded. */
  errorPartner: string;
  errorPartnerHint: string;
  /** The partner's window reported a problem. */
  errorPartnerError: string;
  errorPartnerErrorHint: string;
  /** Anything else: a misconfiguration, an answer the library cannot use. */
  errorUnavailable: string;
  errorUnavailableHint: string;

  /** MX redirect mode, while the page leaves for MX. */
  mxRedirecting: string;
  /** MX redirect mode: the link to MX Connect, should the page not leave. */
  mxRedirectLink: string;
  /** The embedded MX Connect frame's title. */
  mxFrameTitle: string;

  /** Plaid Link is loading. */
  plaidOpening: string;
  /** Plaid Link is open over the page. */
  plaidOpen: string;
  /** The button that opens Plaid Link (`plaid.open: 'button'`). */
  plaidButton: string;
  /** The button that opens Plaid Link again after the user closed it. */
  plaidContinue: string;

  /** The account picker's title. */
  pickerLegend: string;
  /** Under the picker's title, given how many accounts the user connected. */
  pickerHint: (accounts: number) => string;
  /** The picker's confirm button. */
  pickerSubmit: string;
  /** The confirm button pressed before an account was chosen. */
  pickerRequired: string;
  /** The accounts are loading. */
  pickerLoading: string;
  /** MX has no connected account yet. */
  pickerEmpty: string;
  /** The button that asks MX again. */
  pickerCheckAgain: string;
  /** The question after an account whose name does not say whether it is checking or savings. */
  accountTypeLegend: string;
  accountTypeChecking: string;
  accountTypeSavings: string;
  /** The question left unanswered. */
  accountTypeRequired: string;
  /** Back in the picker after Dwolla refused the account's funding source: what happened, and what to do. */
  refusedAccount: string;
  refusedAccountHint: string;

  /** The card's billing-details step (after Checkout.com Flow): its title. */
  billingLegend: string;
  /** Under the title. */
  billingHint: string;
  billingFirstName: string;
  billingLastName: string;
  billingAddress1: string;
  billingAddress2: string;
  billingCity: string;
  /** A US state or territory, chosen from a list of their names. */
  billingRegion: string;
  /** The list's first entry, before a state is chosen. */
  billingRegionChoose: string;
  billingPostalCode: string;
  /** The step's confirm button. */
  billingSubmit: string;
  /** A required field left empty, given its label. */
  billingRequired: (field: string) => string;
  /** A ZIP code that is not 5 digits, or ZIP+4. */
  billingInvalidPostalCode: string;
  /** Back in the billing step after Dwolla refused the card: what happened, and what to do. */
  refusedCard: string;
  refusedCardHint: string;
  /** Under each field Dwolla refused. */
  billingRefused: string;
}

/** The texts a launcher's shell shows before the launcher's code has loaded: loading, and that code's failed load. */
export type ShellMessages = Pick<LauncherMessages, 'loading' | 'errorOffline' | 'errorOfflineHint' | 'retry'>;
