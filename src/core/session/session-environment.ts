import type { ExchangeSession } from './session';

/**
 * Whether the session was created on Dwolla's sandbox, read from its partner link's host.
 */
export function isSandboxSession(session: Pick<ExchangeSession, 'partnerHref'>): boolean {
  try {
    return new URL(session.partnerHref).hostname === 'api-sandbox.dwolla.com';
  } catch {
    return false;
  }
}
