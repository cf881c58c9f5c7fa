import type { FakeDwollaState } from './fake-dwolla-state';

/** One answer of the fake Dwolla. */
export interface FakeDwollaAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the routes need besides the request: the fake's records, its URL and its MX Connect URL. */
export interface FakeDwollaContext {
  state: FakeDwollaState;
  baseUrl: string;
  mxUrl: (() => string | undefined) | undefined;
  tokenLifetimeSeconds: number;
}

/** Dwolla's media type. */
export const hal = 'application/vnd.dwolla.v1.hal+json';

/** An answer with a JSON body, HAL unless told otherwise. */
export function halAnswer(status: number, body: unknown, type = hal): FakeDwollaAnswer {
  return { status, headers: { 'Content-Type': type }, body: JSON.stringify(body) };
}

/** Dwolla's validation error with one problem. */
export function validationAnswer(message: string, path: string): FakeDwollaAnswer {
  return halAnswer(400, {
    code: 'ValidationError',
    message: 'Validation error(s) present. See embedded errors list for more details.',
    _embedded: { errors: [{ code: 'Invalid', message, path }] },
  });
}
