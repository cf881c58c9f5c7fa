'use client';
import { useEffect, useState } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangePartner } from '../core/session';
import { loadPartner } from '../partners/load-partner';
import type { AnyPartnerFlow } from '../partners/types';

type LoadedFlow = { flow: AnyPartnerFlow; error?: never } | { flow?: never; error: ExchangeSessionError };

/**
 * The flow component of `partner`, loaded on demand; `undefined` while it loads. A new `attempt`
 * loads again after a failure.
 */
export function usePartnerFlow(partner: ExchangePartner | undefined, attempt: number): LoadedFlow | undefined {
  const [state, setState] = useState<{ partner: ExchangePartner; attempt: number; loaded: LoadedFlow }>();

  useEffect(() => {
    if (!partner) return;
    let active = true;
    loadPartner(partner).then(
      (flow) => active && setState({ partner, attempt, loaded: { flow } }),
      (error: ExchangeSessionError) => active && setState({ partner, attempt, loaded: { error } }),
    );
    return () => {
      active = false;
    };
  }, [partner, attempt]);

  return state && state.partner === partner && state.attempt === attempt ? state.loaded : undefined;
}
