import { isExchangeSessionError } from '../errors';
import { exchangeIdToReauthenticate, type ReauthenticationTarget } from '../session/reauth-target';
import type { ExchangePartner } from '../session/session';
import type { LauncherSource } from './launcher-state';

type Only<T, Others extends PropertyKey> = T & { [K in Exclude<Others, keyof T>]?: never };
type SourceKeys = 'sessionId' | 'partner' | 'create' | 'reauthenticate' | 'resume' | 'maxAgeMs';

/**
 * Where a launcher's session comes from; exactly one of:
 * - `{ sessionId }`: a session the app created (its id, or Dwolla's resource URL), with its
 *   `partner` when known, so that its code and script load while the session is fetched;
 * - `{ create: partner }`: a new session of that partner, created through the backend once per mount;
 * - `{ reauthenticate }`: a re-authentication session for an exchange whose bank login expired
 *   (its id, its Dwolla URL, or Dwolla's `UpdateCredentials` error body), with its `partner` when known;
 * - `{ resume: true }`: on the page a partner sent the user back to (Plaid's OAuth, MX's
 *   redirect), the session saved before they left, if it is younger than `maxAgeMs` (30 minutes).
 */
export type ExchangeSessionSource =
  | Only<{ sessionId: string; partner?: ExchangePartner }, SourceKeys>
  | Only<{ create: ExchangePartner }, SourceKeys>
  | Only<{ reauthenticate: ReauthenticationTarget; partner?: ExchangePartner }, SourceKeys>
  | Only<{ resume: true; maxAgeMs?: number }, SourceKeys>;

/** The machine's view of a launcher's `source`; nothing (`none`) while the app has no source yet. */
export function launcherSource(source: ExchangeSessionSource | null | undefined): LauncherSource {
  if (!source) return { kind: 'none' };
  const known = source.partner ? { partner: source.partner } : {};
  if (source.sessionId !== undefined) return source.sessionId.trim() ? { kind: 'given', sessionId: source.sessionId, ...known } : { kind: 'none' };
  if (source.create) return { kind: 'create', request: { partner: source.create }, partner: source.create };
  if (source.reauthenticate !== undefined) {
    try {
      return { kind: 'create', request: { exchangeId: exchangeIdToReauthenticate(source.reauthenticate) }, ...known };
    } catch (error) {
      if (!isExchangeSessionError(error)) throw error;
      return { kind: 'invalid', error };
    }
  }
  return { kind: 'resume', ...(source.maxAgeMs !== undefined && { maxAgeMs: source.maxAgeMs }) };
}

/** The same source as a string, to tell a new one from the last (apps pass new objects each render). */
export function launcherSourceKey(source: LauncherSource): string {
  return source.kind === 'invalid' ? `invalid:${source.error.message}` : JSON.stringify(source);
}
