import { useEffect, useState } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import { loadScript, type LoadScriptOptions } from './load-script';
import type { PartnerReporter } from './types';

/**
 * Whether the partner's script is loaded; loads it on mount, and reports a load failure as the
 * flow's end. A result that arrives after unmount is dropped.
 */
export function usePartnerScript(src: string, options: LoadScriptOptions, report: PartnerReporter): boolean {
  const [loaded, setLoaded] = useState(options.isLoaded);
  const { label, nonce, timeoutMs, isLoaded } = options;

  useEffect(() => {
    if (loaded) return;
    let active = true;
    loadScript(src, { label, isLoaded, nonce, timeoutMs }).then(
      () => active && setLoaded(true),
      (error: ExchangeSessionError) => active && report.fail(error),
    );
    return () => {
      active = false;
    };
  }, [src, label, isLoaded, nonce, timeoutMs, loaded, report]);

  return loaded;
}
