import type { PartnerScriptOptions } from '../core/partner-config';
import { checkoutScriptUrl } from './checkout/checkout-script';
import type { ScriptedPartner } from './partner-scripts';
import { plaidScriptUrl } from './plaid/plaid-script';

const urls: Record<ScriptedPartner, string> = { plaid: plaidScriptUrl, checkout: checkoutScriptUrl };

/**
 * Starts fetching a partner's script (`<link rel="preload" as="script">`, with the CSP `nonce`)
 * before the code that runs it has loaded: the script element added later is served from it. Once
 * per page; nothing when the script is on the page already.
 */
export function preloadPartnerScript(partner: ScriptedPartner, { nonce }: PartnerScriptOptions = {}): void {
  const href = urls[partner];
  if (document.querySelector(`script[src="${href}"], link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = href;
  if (nonce) link.nonce = nonce;
  document.head.append(link);
}
