import { isExchangeSessionError } from '../errors';
import { exchangeIdToReauthenticate, type ReauthenticationTarget } from '../reauth-target';
import type { ExchangePartner } from '../session';
import type { LauncherSource } from './launcher-state';

/** The launcher's props that say where its session comes from. */
export interface LauncherSourceProps {
  sessionId: string | null | undefined;
  partner: ExchangePartner | undefined;
  partnerHint: ExchangePartner | undefined;
  reauthenticate: ReauthenticationTarget | undefined;
  resume: boolean;
}

/**
 * Where the session comes from, in this order: the given id, a re-authentication session, a new
 * session of `partner`, the session saved before the user left the page; else none.
 */
export function launcherSource({ sessionId, partner, partnerHint, reauthenticate, resume }: LauncherSourceProps): LauncherSource {
  const hinted = partner ?? partnerHint;
  const known = hinted ? { partner: hinted } : {};
  if (sessionId?.trim()) return { kind: 'given', sessionId, ...known };
  if (reauthenticate !== undefined) {
    try {
      return { kind: 'create', request: { exchangeId: exchangeIdToReauthenticate(reauthenticate) }, ...known };
    } catch (error) {
      if (!isExchangeSessionError(error)) throw error;
      return { kind: 'invalid', error };
    }
  }
  if (partner) return { kind: 'create', request: { partner }, ...known };
  if (resume) return { kind: 'resume', ...known };
  return { kind: 'none' };
}

/** The same source as a string, to tell a new one from the last (apps pass new objects each render). */
export function launcherSourceKey(source: LauncherSource): string {
  return source.kind === 'invalid' ? `invalid:${source.error.message}` : JSON.stringify(source);
}
