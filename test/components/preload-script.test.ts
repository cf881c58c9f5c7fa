// The shell's first commit fetches the partner's script with a preload, once, for the script element the launcher adds later.
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { preloadPartnerScript } from '../../src/partners/preload-script';

afterEach(() => {
  for (const element of Array.from(document.head.querySelectorAll('link, script'))) element.remove();
});

const preloads = () => Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')).map(({ as, href, nonce }) => ({ as, href, nonce }));

describe('preloadPartnerScript', () => {
  it('adds one preload of the partner’s script, with the CSP nonce, however often it is asked', () => {
    preloadPartnerScript('plaid', { nonce: 'fake-nonce' });
    preloadPartnerScript('plaid', { nonce: 'fake-nonce' });
    preloadPartnerScript('checkout');
    expect(preloads()).toEqual([
      { as: 'script', href: plaidScriptUrl, nonce: 'fake-nonce' },
      { as: 'script', href: checkoutScriptUrl, nonce: '' },
    ]);
  });

  it('adds nothing when the script is on the page already', () => {
    const script = document.createElement('script');
    script.src = plaidScriptUrl;
    document.head.append(script);
    preloadPartnerScript('plaid');
    expect(preloads()).toEqual([]);
  });
});
