import { isExchangeSessionError, type ExchangeSessionErrorCode } from '../errors';

/** The codes no second attempt can fix: the setup, the backend's answer or the session itself is wrong. */
const final: readonly ExchangeSessionErrorCode[] = ['badRequest', 'invalidResponse', 'unsupportedPartner', 'invalidSessionId', 'unsafeRedirect', 'configuration'];

/** Whether trying the failed step again can help with an error of this code. */
export function canRetryCode(code: ExchangeSessionErrorCode): boolean {
  return !final.includes(code);
}

const maxRetries = 3;

/** A query's retry: only failures that a later attempt can fix (`network`, `server`), a few times. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && isExchangeSessionError(error) && (error.code === 'network' || error.code === 'server');
}
