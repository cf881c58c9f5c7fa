'use client';
import { useEffect, useState } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangePartner } from '../core/session';
import { loadPartner, loadedPartner } from '../partners/load-partner';
import type { AnyPartnerFlow } from '../partners/types';

type LoadedFlow = { flow: AnyPartnerFlow; error?: never } | { flow?: never; error: ExchangeSessionError };

/**
 * The flow component of `partner`, loaded on demand; `undefined` while it loads. A new `attempt`
 * loads again after a failure.
 */
export function usePartnerFlow(partner: ExchangePartner | undefined, attempt: number): LoadedFlow | undefined {
  const [state, setState] = useState<{ partner: ExchangePartner; attempt: number; loaded: LoadedFlow }>();
  const flow = partner && loadedPartner(partner);

  useEffect(() => {
    if (!partner || flow) return;
    let active = true;
    loadPartner(partner).then(
      (loaded) => active && setState({ partner, attempt, loaded: { flow: loaded } }),
      (error: ExchangeSessionError) => active && setState({ partner, attempt, loaded: { error } }),
    );
    return () => {
      active = false;
    };
  }, [partner, attempt, flow]);

  if (flow) return { flow };
  return state && state.partner === partner && state.attempt === attempt ? state.loaded : undefined;
}
