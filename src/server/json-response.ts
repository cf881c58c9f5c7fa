import type { DwollaErrorDetail } from '../core/backend/dwolla-error-body';

/** A JSON response that no cache keeps: exchange sessions are single-use and per user. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** An error body the handlers send: Dwolla's shape. */
export interface HandlerErrorBody {
  code: string;
  message: string;
}

/** The error bodies the handlers send: Dwolla's shape, with no upstream detail. */
export const errorBodies = {
  badRequest: { code: 'BadRequest', message: 'Invalid exchange session id.' },
  badExchangeId: { code: 'BadRequest', message: 'Invalid exchange id.' },
  badFundingSourceId: { code: 'BadRequest', message: 'Invalid funding source id.' },
  reauthRefused: { code: 'BadRequest', message: 'Dwolla refused to re-authenticate the exchange.' },
  exchangeRefused: { code: 'BadRequest', message: 'Dwolla refused to create the exchange; the token may have expired or been used.' },
  fundingSourceRefused: { code: 'BadRequest', message: 'Dwolla created the exchange but refused to create the funding source.' },
  forbidden: { code: 'Forbidden', message: 'Not authorized to retrieve exchange session.' },
  forbiddenCreate: { code: 'Forbidden', message: 'Not authorized to create an exchange session.' },
  forbiddenSession: { code: 'Forbidden', message: 'Not authorized to use exchange session.' },
  forbiddenExchange: { code: 'Forbidden', message: 'Not authorized to use exchange.' },
  forbiddenLinked: { code: 'Forbidden', message: 'Not authorized to list linked accounts.' },
  forbiddenFundingSource: { code: 'Forbidden', message: 'Not authorized to remove funding source.' },
  notFound: { code: 'NotFound', message: 'Exchange session not found.' },
  exchangeNotFound: { code: 'NotFound', message: 'Exchange not found.' },
  fundingSourceNotFound: { code: 'NotFound', message: 'Funding source not found.' },
  noRoute: { code: 'NotFound', message: 'The requested resource was not found.' },
  methodNotAllowed: { code: 'MethodNotAllowed', message: 'Method not allowed.' },
  badHost: { code: 'BadRequest', message: 'Malformed Host header.' },
  badTarget: { code: 'BadRequest', message: 'Malformed request target.' },
  badIdempotencyKey: { code: 'BadRequest', message: 'Idempotency-Key must be a UUID, or at most 255 letters, digits and - _ . ~ : + / =.' },
  badJson: { code: 'BadRequest', message: 'The request body contains bad syntax or is incomplete.' },
  unsupportedMediaType: { code: 'UnsupportedMediaType', message: 'The request body must be application/json.' },
  badSignature: { code: 'InvalidSignature', message: 'Invalid webhook signature.' },
  notAnEvent: { code: 'BadRequest', message: 'The webhook body is not a Dwolla event.' },
  forbiddenOrigin: { code: 'Forbidden', message: 'Requests from this origin are not allowed.' },
  conflict: { code: 'Conflict', message: 'Dwolla is still processing the same request; try again later.' },
  badGateway: { code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.' },
  serverError: { code: 'ServerError', message: 'A server error occurred.' },
} as const satisfies Record<string, HandlerErrorBody>;

/** Dwolla's validation error: one entry in `_embedded.errors` for each problem of the request body. */
export function validationErrorBody(errors: DwollaErrorDetail[]) {
  return {
    code: 'ValidationError',
    message: 'Validation error(s) present. See embedded errors list for more details.',
    _embedded: { errors },
  };
}
