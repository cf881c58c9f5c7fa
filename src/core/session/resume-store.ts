import { isJsonObject, ownField, ownString, parseJsonText } from '../backend/json';
import { isExchangePartner, type ExchangePartner, type ExchangeSession } from './session';

/**
 * What survives leaving the page (Plaid's OAuth, MX's redirect): the session id, the partner and,
 * for Plaid, the link token its OAuth resume reopens Link with. Nothing else is stored.
 */
export interface ExchangeSessionResumeRecord {
  sessionId: string;
  partner: ExchangePartner;
  linkToken?: string;
  /** When it was saved, in epoch milliseconds. */
  savedAt: number;
}

/** Where and for how long resume records are kept. */
export interface ExchangeSessionResumeOptions {
  /** The `sessionStorage` key; one record per key. Default `react-dwolla-exchange:resume`. */
  key?: string;
  /** How long a record may be resumed; 30 minutes by default. */
  maxAgeMs?: number;
}

const defaultKey = 'react-dwolla-exchange:resume';
const defaultMaxAgeMs = 30 * 60 * 1000;

/** The tab's session storage, or nothing on the server or where the browser refuses it. */
function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Saves what resuming `session` needs: its id and partner, and Plaid's link token. */
export function saveSessionForResume(session: ExchangeSession, options?: ExchangeSessionResumeOptions): void {
  const linkToken = session.partner === 'plaid' ? session.linkToken : undefined;
  saveExchangeSessionResume({ sessionId: session.id, partner: session.partner, ...(linkToken && { linkToken }) }, options);
}

/** Saves the session to resume after the user comes back to the page. */
export function saveExchangeSessionResume(
  { sessionId, partner, linkToken }: Omit<ExchangeSessionResumeRecord, 'savedAt'>,
  { key = defaultKey }: ExchangeSessionResumeOptions = {},
): void {
  const record: ExchangeSessionResumeRecord = { sessionId, partner, savedAt: Date.now(), ...(partner === 'plaid' && linkToken && { linkToken }) };
  try {
    storage()?.setItem(key, JSON.stringify(record));
  } catch {
    // A full or refused storage only loses the resume, never the flow.
  }
}

/** The saved session, if there is one younger than `maxAgeMs`; an expired or malformed one is removed. */
export function readExchangeSessionResume(options: ExchangeSessionResumeOptions = {}): ExchangeSessionResumeRecord | undefined {
  const record = peekExchangeSessionResume(options);
  if (!record) clearExchangeSessionResume(options);
  return record;
}

/** The saved session, if there is one younger than `maxAgeMs` (by this device's own clock, which also wrote `savedAt`), read without changing the storage. */
function peekExchangeSessionResume({ key = defaultKey, maxAgeMs = defaultMaxAgeMs }: ExchangeSessionResumeOptions = {}): ExchangeSessionResumeRecord | undefined {
  const json = parseJsonText(storage()?.getItem(key) ?? '');
  const saved = isJsonObject(json) ? json : {};
  const sessionId = ownString(saved, 'sessionId');
  const partner = ownString(saved, 'partner');
  const savedAt = ownField(saved, 'savedAt');
  const linkToken = ownString(saved, 'linkToken');
  if (!sessionId || !isExchangePartner(partner) || typeof savedAt !== 'number' || Date.now() - savedAt > maxAgeMs) return undefined;
  return { sessionId, partner, savedAt, ...(linkToken && { linkToken }) };
}

/** Forgets the saved session (after success, or when the user starts over). */
export function clearExchangeSessionResume({ key = defaultKey }: ExchangeSessionResumeOptions = {}): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}
