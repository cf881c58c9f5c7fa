import type { ExchangeSession } from './session';

/**
 * How old the session was when the app's backend answered, by server clocks: the answer's `Date`
 * header against Dwolla's `created`. The device's clock is never part of it (it can be off by
 * minutes or hours); without a `Date` header the age is unknown and `undefined`.
 */
export function sessionAgeMs({ created, answeredAt }: ExchangeSession): number | undefined {
  if (answeredAt === undefined) return undefined;
  const age = Date.parse(answeredAt) - Date.parse(created);
  return Number.isFinite(age) ? age : undefined;
}

/** The session with the backend's `Date` header, when its answer had one. */
export function withAnswerTime(session: ExchangeSession, response: Response | undefined): ExchangeSession {
  const date = Date.parse(response?.headers.get('date') ?? '');
  return Number.isFinite(date) ? { ...session, answeredAt: new Date(date).toISOString() } : session;
}
