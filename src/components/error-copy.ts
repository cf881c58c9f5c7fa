import type { ExchangeSessionError, ExchangeSessionErrorCode } from '../core/errors';

const texts = {
  gone: 'This bank-linking session has expired or does not exist.',
  signIn: 'You are not signed in to this bank-linking session.',
  offline: 'We could not reach the server. Check your connection and try again.',
  partner: 'The bank-linking window could not be loaded.',
  partnerError: 'The bank-linking window reported a problem.',
  unavailable: 'Bank linking is not available right now.',
} as const;

/** Each code's text. */
const copy: Record<ExchangeSessionErrorCode, keyof typeof texts> = {
  notFound: 'gone',
  sessionExpired: 'gone',
  forbidden: 'signIn',
  unauthorized: 'signIn',
  network: 'offline',
  server: 'offline',
  rateLimited: 'offline',
  aborted: 'offline',
  partnerLoadFailed: 'partner',
  partnerUnavailable: 'partner',
  partnerError: 'partnerError',
  badRequest: 'unavailable',
  invalidResponse: 'unavailable',
  unsupportedPartner: 'unavailable',
  invalidSessionId: 'unavailable',
  unsafeRedirect: 'unavailable',
  configuration: 'unavailable',
};

/** The default error state's text, with the code for support. */
export function describeError(error: ExchangeSessionError): string {
  return `${texts[copy[error.code]]} (${error.code})`;
}
