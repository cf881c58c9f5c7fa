import type { DwollaErrorBody } from './backend/dwolla-error-body';

/**
 * Why an exchange session could not be fetched or run.
 *
 * - `notFound`, `forbidden`, `unauthorized`, `badRequest`, `rateLimited`: the backend answered 404,
 *   403, 401, another 4xx, or 429 (or 409: a request with the same `Idempotency-Key` still held;
 *   trying again later can help).
 * - `server`: the backend answered 5xx. Retried with backoff.
 * - `network`: the request never got an answer (offline, DNS, CORS, a thrown endpoint function).
 *   Retried with backoff.
 * - `invalidResponse`: the answer was not a well-formed exchange session (HTML, malformed JSON,
 *   missing or mistyped fields, more than one partner's fields).
 * - `unsupportedPartner`: a well-formed session of a partner this library does not run.
 * - `invalidSessionId`: the id was empty or not an id at all.
 * - `configuration`: the library was set up incompletely (no endpoint, no Checkout.com public key).
 * - `aborted`: the request was cancelled (unmount, a newer request).
 * - `unsafeRedirect`: the MX URL is not `https:` on an allowed host, so it was never used.
 * - `partnerUnavailable`: the partner's adapter could not be loaded, usually because its optional
 *   peer package (`react-plaid-link`, `@checkout.com/checkout-web-components`) is not installed.
 * - `partnerLoadFailed`: the partner's script (Plaid's or Checkout.com's CDN) failed or timed out.
 * - `partnerError`: the partner's widget reported an error (Plaid exit with an error, a Flow error).
 * - `sessionExpired`: the session was spent or expired (a spent Plaid link token, an MX URL past its
 *   lifetime, an expired Checkout.com payment session, a 404 for a session that was valid) and
 *   the launcher could not, or could no longer, create a fresh one.
 */
export type ExchangeSessionErrorCode =
  | 'notFound'
  | 'forbidden'
  | 'unauthorized'
  | 'badRequest'
  | 'rateLimited'
  | 'server'
  | 'network'
  | 'invalidResponse'
  | 'unsupportedPartner'
  | 'invalidSessionId'
  | 'configuration'
  | 'aborted'
  | 'unsafeRedirect'
  | 'partnerUnavailable'
  | 'partnerLoadFailed'
  | 'partnerError'
  | 'sessionExpired';

/** What {@link ExchangeSessionError} is built from. */
export interface ExchangeSessionErrorInit {
  /** The HTTP status of the backend's answer, when there was one. */
  status?: number;
  /** Dwolla's error body, when the backend passed it through. */
  dwolla?: DwollaErrorBody;
  /** The session id the error is about, when known. */
  sessionId?: string;
  /** The underlying error or value. */
  cause?: unknown;
}

const brand = Symbol.for('react-dwolla-exchange.ExchangeSessionError');

/**
 * The one error type of this library: every failure, in the browser and on the server, is an
 * `ExchangeSessionError` with a {@link ExchangeSessionErrorCode | code} to switch on.
 *
 * @example
 * ```ts
 * if (error.code === 'notFound') showExpiredMessage();
 * ```
 */
export class ExchangeSessionError extends Error {
  /** What went wrong, as a closed set of codes. */
  readonly code: ExchangeSessionErrorCode;
  /** The HTTP status of the backend's answer, when there was one. */
  readonly status: number | undefined;
  /** Dwolla's error body (`code`, `message`, `_embedded.errors`), when the backend passed it through. */
  readonly dwolla: DwollaErrorBody | undefined;
  /** The session id the error is about, when known. */
  readonly sessionId: string | undefined;
  readonly [brand] = true;

  constructor(code: ExchangeSessionErrorCode, message: string, init: ExchangeSessionErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ExchangeSessionError';
    this.code = code;
    this.status = init.status;
    this.dwolla = init.dwolla;
    this.sessionId = init.sessionId;
  }
}

/**
 * Whether `value` is an {@link ExchangeSessionError}, also when it comes from another copy of this
 * package (a duplicated dependency, an iframe).
 */
export function isExchangeSessionError(value: unknown): value is ExchangeSessionError {
  return value instanceof ExchangeSessionError || (typeof value === 'object' && value !== null && brand in value);
}
