'use client';
import { useEffect, useState } from 'react';
import {
  clearExchangeSessionResume,
  readExchangeSessionResume,
  type ExchangeSessionResumeOptions,
  type ExchangeSessionResumeRecord,
} from '../core/resume-store';

/** What {@link useExchangeSessionResume} returns. */
export interface ExchangeSessionResume {
  /** The session saved before the user left the page; `undefined` until read after mount, or if none. */
  record: ExchangeSessionResumeRecord | undefined;
  /** Whether the storage has been read (it is read after mount, so server and client render alike). */
  ready: boolean;
  clear: () => void;
}

/**
 * The exchange session saved before the user left the page for Plaid's OAuth or MX's redirect,
 * read from `sessionStorage` once after mount (not at all while `enabled` is false).
 */
export function useExchangeSessionResume({ key, maxAgeMs }: ExchangeSessionResumeOptions = {}, enabled = true): ExchangeSessionResume {
  const [state, setState] = useState<{ ready: boolean; record?: ExchangeSessionResumeRecord }>({ ready: false });
  useEffect(() => {
    if (enabled) setState({ ready: true, record: readExchangeSessionResume({ key, maxAgeMs }) });
  }, [enabled, key, maxAgeMs]);
  return { ready: state.ready, record: state.record, clear: () => clearExchangeSessionResume({ key }) };
}
