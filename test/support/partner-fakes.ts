import { afterEach } from 'vitest';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { installFakeCheckout, type FakeCheckoutLog } from '../../src/testing/fake-checkout';
import { installFakePlaid, type FakePlaidLog } from '../../src/testing/fake-plaid';

const globals = ['Plaid', '__fakePlaid', 'CheckoutWebComponents', '__fakeCheckout'] as const;

afterEach(() => {
  if (typeof window === 'undefined') return;
  for (const name of globals) delete (window as unknown as Record<string, unknown>)[name];
  for (const script of Array.from(document.scripts)) script.remove();
});

/**
 * Plaid's network edge in jsdom: the fake `window.Plaid`, and the script tag react-plaid-link looks
 * for (jsdom loads no scripts, so the tag stands for the loaded CDN script).
 */
export function installPlaidInJsdom(): FakePlaidLog {
  const script = document.createElement('script');
  script.src = plaidScriptUrl;
  document.head.append(script);
  return installFakePlaid(window);
}

/** Checkout.com's network edge in jsdom: the fake `window.CheckoutWebComponents` the real loader calls. */
export function installCheckoutInJsdom(): FakeCheckoutLog {
  return installFakeCheckout(window);
}
