import { http, HttpResponse, delay as wait, type HttpHandler } from 'msw';
import { checkoutScriptUrl } from '../partners/checkout/checkout-script';
import { plaidScriptUrl } from '../partners/plaid/plaid-script';
import { fakeCheckoutScript } from './fake-checkout';
import { fakePlaidScript } from './fake-plaid';

/** How a fake partner script answers. */
export interface PartnerScriptBehaviour {
  /** Milliseconds before the script is served. */
  delay?: number;
  /** `'notFound'` answers 404; for a timeout, a `delay` longer than the provider's `partnerScripts.timeoutMs`. */
  fail?: 'notFound';
}

/** Options of {@link partnerScriptHandlers}. */
export interface PartnerScriptHandlersOptions {
  plaid?: PartnerScriptBehaviour;
  checkout?: PartnerScriptBehaviour;
}

/**
 * MSW handlers that serve the fake Plaid Link and Checkout.com Flow scripts at the partners' real
 * CDN URLs, so the real react-plaid-link and Checkout loader run unchanged above them.
 */
export function partnerScriptHandlers({ plaid = {}, checkout = {} }: PartnerScriptHandlersOptions = {}): HttpHandler[] {
  return [
    http.get(plaidScriptUrl, () => answer(fakePlaidScript(), plaid)),
    http.get(checkoutScriptUrl, () => answer(fakeCheckoutScript(), checkout)),
  ];
}

async function answer(source: string, { delay = 0, fail }: PartnerScriptBehaviour) {
  if (delay > 0) await wait(delay);
  if (fail === 'notFound') return new HttpResponse('Not found', { status: 404 });
  return new HttpResponse(source, { headers: { 'Content-Type': 'text/javascript' } });
}
