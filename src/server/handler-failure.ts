import { isExchangeSessionError, type ExchangeSessionErrorCode } from '../core/errors';
import type { ExchangeSessionHandlerOptions } from './handler-options';
import { errorBodies, jsonResponse, type HandlerErrorBody } from './json-response';

/** The answers a route gives to Dwolla errors it can explain to the browser, by error code. */
export type DwollaErrorAnswers = Partial<Record<ExchangeSessionErrorCode, readonly [body: HandlerErrorBody, status: number]>>;

/**
 * The response to a failure, after `onError` has seen it: an answer from `answers` for an error
 * Dwolla's API explained with its own error body, `502` for any other Dwolla failure, `500` for
 * anything else. Never carries the error's detail.
 */
export function failureResponse(
  error: unknown,
  request: Request,
  onError: ExchangeSessionHandlerOptions['onError'],
  answers: DwollaErrorAnswers = {},
): Response {
  onError?.(error, request);
  if (!isExchangeSessionError(error)) return jsonResponse(errorBodies.serverError, 500);
  // Only Dwolla's API sends a HAL error body; a 400 without one (the token endpoint's) is our misconfiguration.
  const answer = error.dwolla ? answers[error.code] : undefined;
  return answer ? jsonResponse(answer[0], answer[1]) : jsonResponse(errorBodies.badGateway, 502);
}
