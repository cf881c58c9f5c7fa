import { readDwollaErrorBody } from './dwolla-error-body';
import { ExchangeSessionError, type ExchangeSessionErrorCode } from '../errors';

/** The error code of a non-2xx HTTP status. */
export function errorCodeForStatus(status: number): ExchangeSessionErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'notFound';
  // 409: the backend (Dwolla) still holds a request with the same Idempotency-Key: later, it answers.
  if (status === 429 || status === 409) return 'rateLimited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'badRequest';
  return 'invalidResponse';
}

/** Who answered and to what, for the message of {@link errorForHttpStatus}. */
export interface HttpErrorContext {
  /** Who answered: `'The backend'` (default) or `'Dwolla'`. */
  source?: string;
  /** What was asked, like `for exchange session abc` or `for GET /exchange-partners`. */
  about: string;
  sessionId?: string;
}

/**
 * The {@link ExchangeSessionError} for a non-2xx answer, reading Dwolla's error body when there
 * is one (from Dwolla itself, or passed through by the app's backend).
 */
export function errorForHttpStatus(status: number, body: unknown, { source = 'The backend', about, sessionId }: HttpErrorContext): ExchangeSessionError {
  const dwolla = readDwollaErrorBody(body);
  const detail = dwolla ? `: ${dwolla.code}: ${dwolla.message}` : '';
  return new ExchangeSessionError(errorCodeForStatus(status), `${source} answered HTTP ${status} ${about}${detail}`, {
    status,
    dwolla,
    sessionId,
  });
}
