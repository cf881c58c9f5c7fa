import type { ExchangePartner } from '../core/session/session';
import { loadPartner, loadedPartner } from './load-partner';
import type { PartnerScriptOptions } from '../core/partner-config';
import { isPartnerScriptLoaded, loadPartnerScript } from './partner-scripts';

/**
 * Loads a partner's flow and script (see the public `preloadExchangePartner`). Idempotent, and a
 * no-op on the server.
 */
export function preloadPartner(partner: ExchangePartner, options: PartnerScriptOptions = {}): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  const script = partner === 'mx' ? undefined : loadPartnerScript(partner, options);
  // The flow's chunk a microtask later, once the code running now is done: asked for in the
  // launcher's first commit, its import() must not hold up the session request that follows.
  const flow = Promise.resolve(partner).then(loadPartner);
  return Promise.all([flow, script]).then(() => undefined);
}

/** Whether the partner's flow and script are both loaded already: its UI can mount at once. */
export function isPartnerPreloaded(partner: ExchangePartner): boolean {
  return loadedPartner(partner) !== undefined && (partner === 'mx' || isPartnerScriptLoaded(partner));
}
