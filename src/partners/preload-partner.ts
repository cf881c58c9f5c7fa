import type { ExchangePartner } from '../core/session';
import { loadPartner } from './load-partner';
import { loadPartnerScript, type PartnerScriptOptions } from './partner-scripts';

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
  // A microtask later, once the code running now is done: called while rendering, the flow's
  // chunk (from the app's own server, and quick) must not hold up the rest of the render, such as
  // the session request.
  const flow = Promise.resolve(partner).then(loadPartner);
  return Promise.all([flow, script]).then(() => undefined);
}
