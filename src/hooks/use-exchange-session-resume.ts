'use client';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  clearExchangeSessionResume,
  peekExchangeSessionResume,
  readExchangeSessionResume,
  type ExchangeSessionResumeOptions,
  type ExchangeSessionResumeRecord,
} from '../core/resume-store';

/** What {@link useExchangeSessionResume} returns. */
export interface ExchangeSessionResume {
  /** The session saved before the user left the page; `undefined` until read on the client, or if none. */
  record: ExchangeSessionResumeRecord | undefined;
  /** Whether the storage has been read (only on the client, after hydration, so server and client render alike). */
  ready: boolean;
  clear: () => void;
}

const noSubscription = () => () => undefined;

/**
 * The exchange session saved before the user left the page for Plaid's OAuth or MX's redirect,
 * read from `sessionStorage` on the client (not at all while `enabled` is false).
 */
export function useExchangeSessionResume({ key, maxAgeMs }: ExchangeSessionResumeOptions = {}, enabled = true): ExchangeSessionResume {
  const onClient = useSyncExternalStore(noSubscription, () => true, () => false);
  const ready = onClient && enabled;
  const record = useMemo(() => (ready ? peekExchangeSessionResume({ key, maxAgeMs }) : undefined), [ready, key, maxAgeMs]);
  // Read while rendering, but an expired or malformed record is removed in the commit.
  useEffect(() => {
    if (ready) readExchangeSessionResume({ key, maxAgeMs });
  }, [ready, key, maxAgeMs]);
  return { ready, record, clear: () => clearExchangeSessionResume({ key }) };
}
