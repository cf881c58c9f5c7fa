import type { PartnerScriptOptions } from '../core/partner-config';
import type { ExchangePartner } from '../core/session/session';
import { preloadPartner } from './preload-partner';

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
  // Apart from the launcher's own door (`preloadPartner`), so that a bundler splitting the main
  // entry never ships the partners' loading to an app that only reads sessions.
  return preloadPartner(partner, options);
}
