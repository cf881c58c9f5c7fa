import type { ExchangePartner } from '../core/session/session';
import { loadPartner, loadedPartner } from './load-partner';
import type { PartnerScriptOptions } from '../core/partner-config';
import { isPartnerScriptLoaded, loadPartnerScript } from './partner-scripts';

/**
 * Starts loading a partner's flow and script before its session arrives, so that they load in
 * parallel with the session request instead of after it. Idempotent, and a no-op on the server.
 *
 * @returns a promise that settles when both are loaded; it rejects with the load's
 * `ExchangeSessionError`, which the launcher reports again if it still fails when needed.
 *
 * @example
 * ```ts
 * preloadExchangePartner('plaid'); // on hovering "Link your bank"
 * ```
 */
export function preloadExchangePartner(partner: ExchangePartner, options: PartnerScriptOptions = {}): Promise<void> {
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
