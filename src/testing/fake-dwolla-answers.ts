import type { FakeDwollaState } from './fake-dwolla-state';
import { dwollaMediaType } from './hal-link';

/** One answer of the fake Dwolla. */
export interface FakeDwollaAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the routes need besides the request: the fake's records, its URL, its MX Connect URL, its clock and its lists' page size. */
export interface FakeDwollaContext {
  state: FakeDwollaState;
  baseUrl: string;
  mxUrl: (() => string | undefined) | undefined;
  tokenLifetimeSeconds: number;
  now: () => Date;
  pageSize: number;
}

/** An answer with a JSON body, HAL unless told otherwise. */
export function halAnswer(status: number, body: unknown, type = dwollaMediaType): FakeDwollaAnswer {
  return { status, headers: { 'Content-Type': type }, body: JSON.stringify(body) };
}

/** Dwolla's error: a top-level `code` and `message`. */
export function errorAnswer(status: number, code: string, message: string): FakeDwollaAnswer {
  return halAnswer(status, { code, message });
}

/** One problem of a validation error: Dwolla's code (`Required`, `Invalid`…), the JSON pointer it is about, its message. */
export type FakeDwollaProblem = readonly [code: string, path: string, message: string];

/** Dwolla's validation error, one entry in `_embedded.errors` for each problem. */
export function validationAnswer(problems: readonly FakeDwollaProblem[]): FakeDwollaAnswer {
  return halAnswer(400, {
    code: 'ValidationError',
    message: 'Validation error(s) present. See embedded errors list for more details.',
    _embedded: { errors: problems.map(([code, path, message]) => ({ code, message, path })) },
  });
}

/** The problem Dwolla reports for a link it cannot use, in its words: `/_links/{relation}/href is invalid.` */
export function invalidLink(relation: string): FakeDwollaProblem {
  const path = `/_links/${relation}/href`;
  return ['Invalid', path, `${path} is invalid.`];
}

/** `404 NotFound`, with the message Dwolla gives for what was not found. */
export const notFoundAnswer = (message = 'The requested resource was not found.') => errorAnswer(404, 'NotFound', message);

/** `201 Created` with no body and the new resource's URL in `Location`. */
export function createdAnswer(baseUrl: string, collection: string, id: string): FakeDwollaAnswer {
  return { status: 201, headers: { Location: `${baseUrl}/${collection}/${id}` }, body: '' };
}

/** `404 NotFound` for a customer the fake does not hold, in the words Dwolla uses at that route; `undefined` for one it holds. */
export function unknownCustomer({ state }: FakeDwollaContext, customerId: string, message?: string): FakeDwollaAnswer | undefined {
  return state.customers.has(customerId) ? undefined : notFoundAnswer(message);
}
