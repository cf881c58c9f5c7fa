/** A JSON response that no cache keeps: exchange sessions are single-use and per user. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** The error bodies the handlers send: Dwolla's shape, with no upstream detail. */
export const errorBodies = {
  badRequest: { code: 'BadRequest', message: 'Invalid exchange session id.' },
  forbidden: { code: 'Forbidden', message: 'Not authorized to retrieve exchange session.' },
  forbiddenCreate: { code: 'Forbidden', message: 'Not authorized to create an exchange session.' },
  badPartner: { code: 'BadRequest', message: 'Expected { "partner": "mx" | "plaid" | "checkout" }.' },
  notFound: { code: 'NotFound', message: 'Exchange session not found.' },
  methodNotAllowed: { code: 'MethodNotAllowed', message: 'Method not allowed.' },
  badGateway: { code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.' },
  serverError: { code: 'ServerError', message: 'A server error occurred.' },
} as const;
