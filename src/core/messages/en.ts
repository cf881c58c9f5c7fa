import type { ExchangeMessages } from './exchange-messages';

/** English: the default catalogue. */
export const en = {
  loading: 'Loading…',
  connected: 'Your account is connected.',
  linked: 'Your account is linked.',
  linking: 'Linking your account…',
  retry: 'Try again',

  errorGone: 'This session to link your account has expired.',
  errorGoneHint: 'Start again to link your account.',
  errorSignIn: 'You are not signed in to link this account.',
  errorSignInHint: 'Sign in again, then start over.',
  errorOffline: 'We could not reach the server.',
  errorOfflineHint: 'Check your connection and try again.',
  errorPartner: 'The window to link your account could not be loaded.',
  errorPartnerHint: 'Try again in a moment, or from another browser.',
  errorPartnerError: 'The window to link your account reported a problem.',
  errorPartnerErrorHint: 'Try again, or choose another account.',
  errorUnavailable: 'Linking an account is not available right now.',
  errorUnavailableHint: 'Please try again later or contact support.',

  mxRedirecting: 'Taking you to MX to link your bank account…',
  mxRedirectLink: 'Continue to MX Connect',
  mxFrameTitle: 'MX Connect: link your bank account',

  plaidOpening: 'Opening Plaid…',
  plaidOpen: 'Plaid is open in a window over this page.',
  plaidButton: 'Link your bank account',
  plaidContinue: 'Continue linking your bank account',

  pickerLegend: 'Choose the account to link',
  pickerHint: (accounts) => (accounts === 1 ? 'You connected 1 account.' : `You connected ${accounts} accounts.`),
  pickerSubmit: 'Link account',
  pickerLoading: 'Loading your accounts…',
  pickerEmpty: 'No connected accounts were found yet.',
  pickerCheckAgain: 'Check again',

  billingLegend: 'Billing details for your card',
  billingHint: 'As they appear on your card’s statement.',
  billingFirstName: 'First name',
  billingLastName: 'Last name',
  billingAddress1: 'Street address',
  billingAddress2: 'Apartment, suite (optional)',
  billingCity: 'City',
  billingRegion: 'State (2 letters)',
  billingPostalCode: 'ZIP code',
  billingSubmit: 'Link card',
  billingRequired: (field) => `${field} is required.`,
  billingInvalidRegion: 'Enter the state’s two-letter code, like NY.',
  billingInvalidPostalCode: 'Enter a 5-digit ZIP code.',
} satisfies ExchangeMessages;
