import { readDwollaErrorBody } from './dwolla-error-body';
import { ExchangeSessionError, type ExchangeSessionErrorCode } from './errors';

/** The error code of a non-2xx HTTP status. */
export function errorCodeForStatus(status: number): ExchangeSessionErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 429) return 'rateLimited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'badRequest';
  return 'invalidResponse';
}

/**
 * The {@link ExchangeSessionError} for a non-2xx answer, reading Dwolla's error body when the
 * backend passed it through.
 */
export function errorForHttpStatus(status: number, body: unknown, sessionId?: string): ExchangeSessionError {
  const dwolla = readDwollaErrorBody(body);
  const about = sessionId === undefined ? '' : ` for exchange session ${sessionId}`;
  const detail = dwolla ? `: ${dwolla.code}: ${dwolla.message}` : '';
  return new ExchangeSessionError(errorCodeForStatus(status), `The backend answered HTTP ${status}${about}${detail}`, {
    status,
    dwolla,
    sessionId,
  });
}
