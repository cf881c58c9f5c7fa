import { isExchangeSessionError, type ExchangeSessionErrorCode } from '../core/errors';
import { isAccessTokenError } from './access-token';
import type { ExchangeSessionHandlerOptions } from './handler-options';
import { errorBodies, jsonResponse, type HandlerErrorBody } from './json-response';

/** The answers a route gives to Dwolla errors it can explain to the browser, by error code. */
export type DwollaErrorAnswers = Partial<Record<ExchangeSessionErrorCode, readonly [body: HandlerErrorBody, status: number]>>;

/**
 * The response to a failure, after `onError` has seen it: an answer from `answers` for an error
 * Dwolla's API explained with its own error body, `409` while Dwolla holds the same request
 * (its `Idempotency-Key`), `502` for any other Dwolla failure, `500` for
 * anything else. Never carries the error's detail; names `about` as Dwolla's errors do
 * (`_links.about.href`) when the failure is about a resource that exists.
 */
export function failureResponse(
  error: unknown,
  request: Request,
  onError: ExchangeSessionHandlerOptions['onError'],
  answers: DwollaErrorAnswers = {},
  about?: string,
): Response {
  reportFailure(onError, error, request);
  const [body, status] = answerTo(error, answers);
  return jsonResponse(about ? { ...body, _links: { about: { href: about } } } : body, status);
}

/** Hands a failure to the app's `onError`; a logger that throws changes no answer. */
export function reportFailure(onError: ExchangeSessionHandlerOptions['onError'], error: unknown, request: Request): void {
  try {
    onError?.(error, request);
  } catch {
    // The app's own failure to log; the answer stands.
  }
}

function answerTo(error: unknown, answers: DwollaErrorAnswers): readonly [body: HandlerErrorBody, status: number] {
  if (!isExchangeSessionError(error)) return [errorBodies.serverError, 500];
  // Only Dwolla's API sends a HAL error body; a 400 without one (the token endpoint's) is our
  // misconfiguration, and so is an access token Dwolla still refuses after a renewal.
  if (!error.dwolla || isAccessTokenError(error.dwolla)) return [errorBodies.badGateway, 502];
  // Dwolla still holds a request with the same Idempotency-Key (in flight, or failed within 24 hours).
  if (error.status === 409) return [errorBodies.conflict, 409];
  return answers[error.code] ?? [errorBodies.badGateway, 502];
}
