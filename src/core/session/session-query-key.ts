import { normalizeExchangeSessionId } from './session-id';

/** The TanStack Query key of one exchange session. */
export type ExchangeSessionQueryKey = readonly ['dwolla-exchange-session', string];

/**
 * The query key of one exchange session; the id or resource URL is normalised, so both forms
 * share one cache entry.
 */
export function exchangeSessionQueryKey(sessionIdOrUrl: string): ExchangeSessionQueryKey {
  return ['dwolla-exchange-session', toSessionId(sessionIdOrUrl)];
}

/** An invalid id is kept as given, so that its query fails with `invalidSessionId` instead of idling. */
export function toSessionId(sessionIdOrUrl: string): string {
  try {
    return normalizeExchangeSessionId(sessionIdOrUrl);
  } catch {
    return sessionIdOrUrl.trim();
  }
}
