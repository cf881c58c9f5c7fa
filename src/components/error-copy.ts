import type { ExchangeSessionError, ExchangeSessionErrorCode } from '../core/errors';

/** What the default error state tells the user, and whether trying again can help. */
export function errorCopy(code: ExchangeSessionErrorCode): { text: string; retryable: boolean } {
  switch (code) {
    case 'notFound':
      return { text: 'This bank-linking session has expired or does not exist.', retryable: true };
    case 'forbidden':
    case 'unauthorized':
      return { text: 'You are not signed in to this bank-linking session.', retryable: true };
    case 'network':
    case 'server':
    case 'rateLimited':
    case 'aborted':
      return { text: 'We could not reach the server. Check your connection and try again.', retryable: true };
    case 'partnerLoadFailed':
    case 'partnerUnavailable':
      return { text: 'The bank-linking window could not be loaded.', retryable: true };
    case 'partnerError':
      return { text: 'The bank-linking window reported a problem.', retryable: true };
    case 'badRequest':
    case 'invalidResponse':
    case 'unsupportedPartner':
    case 'invalidSessionId':
    case 'unsafeRedirect':
    case 'configuration':
      return { text: 'Bank linking is not available right now.', retryable: false };
  }
}

/** The default error state's text, with the code for support. */
export function describeError(error: ExchangeSessionError): string {
  return `${errorCopy(error.code).text} (${error.code})`;
}
