import type { PartnerScriptOptions } from '../core/partner-config';
import type { ExchangePartner } from '../core/session/session';
import { checkoutScriptUrl, isCheckoutLoaded } from './checkout/checkout-script';
import { loadScript } from './load-script';
import { isPlaidLoaded, plaidScriptUrl } from './plaid/plaid-script';

/** The partners that need a script of their own; MX Connect is a page. */
export type ScriptedPartner = Exclude<ExchangePartner, 'mx'>;

const scripts: Record<ScriptedPartner, { src: string; label: string; isLoaded: () => boolean }> = {
  plaid: { src: plaidScriptUrl, label: 'Plaid Link', isLoaded: isPlaidLoaded },
  checkout: { src: checkoutScriptUrl, label: 'Checkout.com Flow', isLoaded: isCheckoutLoaded },
};


/** Whether the partner's script has defined its global. */
export function isPartnerScriptLoaded(partner: ScriptedPartner): boolean {
  return scripts[partner].isLoaded();
}

/** Loads the partner's script once per page (see `loadScript`). */
export function loadPartnerScript(partner: ScriptedPartner, { nonce, timeoutMs }: PartnerScriptOptions = {}): Promise<void> {
  const { src, label, isLoaded } = scripts[partner];
  return loadScript(src, { label, isLoaded, nonce, timeoutMs });
}
