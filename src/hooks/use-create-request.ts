'use client';
import { useMemo } from 'react';
import type { ExchangeSessionCreateRequest } from '../core/create-session';
import { isExchangeSessionError, type ExchangeSessionError } from '../core/errors';
import { exchangeIdToReauthenticate, type ReauthenticationTarget } from '../core/reauth-target';
import type { ExchangePartner } from '../core/session';

/** What the launcher asks the backend to create, if anything, and why it cannot. */
export interface LauncherCreateRequest {
  request: ExchangeSessionCreateRequest | undefined;
  /** The exchange being re-authenticated. */
  reauthExchangeId: string | undefined;
  /** `reauthenticate` named no exchange. */
  error: ExchangeSessionError | null;
}

/** The creation request of a launcher given `reauthenticate` (which wins) or `partner`. */
export function useCreateRequest(partner: ExchangePartner | undefined, reauthenticate: ReauthenticationTarget | undefined): LauncherCreateRequest {
  // Apps pass Dwolla's body as it arrives, a new object each render: key on its content.
  const targetKey = typeof reauthenticate === 'string' ? reauthenticate : JSON.stringify(reauthenticate ?? null);
  return useMemo(() => {
    if (reauthenticate === undefined) return { request: partner ? { partner } : undefined, reauthExchangeId: undefined, error: null };
    try {
      const exchangeId = exchangeIdToReauthenticate(reauthenticate);
      return { request: { exchangeId }, reauthExchangeId: exchangeId, error: null };
    } catch (error) {
      if (!isExchangeSessionError(error)) throw error;
      return { request: undefined, reauthExchangeId: undefined, error };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the target's content
  }, [partner, targetKey]);
}
