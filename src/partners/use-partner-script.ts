import { useEffect, useState } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { PartnerConfig } from '../core/partner-config';
import { isPartnerScriptLoaded, loadPartnerScript, type ScriptedPartner } from './partner-scripts';
import type { PartnerReporter } from './types';

/**
 * Whether the partner's script is loaded; loads it on mount (or joins a preload under way), and
 * reports a load failure as the flow's end. A result that arrives after unmount is dropped.
 */
export function usePartnerScript(partner: ScriptedPartner, { nonce, scriptTimeoutMs }: PartnerConfig, report: PartnerReporter): boolean {
  const [loaded, setLoaded] = useState(() => isPartnerScriptLoaded(partner));

  useEffect(() => {
    if (loaded) return;
    let active = true;
    loadPartnerScript(partner, { nonce, timeoutMs: scriptTimeoutMs }).then(
      () => active && setLoaded(true),
      (error: ExchangeSessionError) => active && report.fail(error),
    );
    return () => {
      active = false;
    };
  }, [partner, nonce, scriptTimeoutMs, loaded, report]);

  return loaded;
}
