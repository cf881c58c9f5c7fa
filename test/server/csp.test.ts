import { describe, expect, it } from 'vitest';
import { defaultMxHosts } from '../../src/core/session/mx-url';
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { exchangeCspSources } from '../../src/server';

describe('exchangeCspSources', () => {
  it('lists each enabled partner’s sources, once, by directive', () => {
    expect(exchangeCspSources({ partners: ['mx', 'plaid', 'checkout', 'plaid'], environment: 'production' })).toEqual({
      'script-src': ['https://cdn.plaid.com/link/v2/stable/link-initialize.js', 'https://checkout-web-components.checkout.com'],
      'frame-src': ['https://*.mx.com', 'https://*.moneydesktop.com', 'https://cdn.plaid.com', 'https://*.checkout.com'],
      'connect-src': ['https://production.plaid.com', 'https://*.checkout.com'],
      'img-src': ['https://*.checkout.com'],
    });
  });

  it('picks Plaid’s sandbox API in the sandbox, and adds nothing for a partner not enabled', () => {
    expect(exchangeCspSources({ partners: ['plaid'], environment: 'sandbox' })['connect-src']).toEqual(['https://sandbox.plaid.com']);
    expect(exchangeCspSources({ partners: ['mx'], environment: 'sandbox' })).toEqual({
      'script-src': [],
      'frame-src': defaultMxHosts.map((host) => `https://${host}`),
      'connect-src': [],
      'img-src': [],
    });
  });

  it('allows the very scripts the partner loaders add', () => {
    const scripts = exchangeCspSources({ partners: ['plaid', 'checkout'], environment: 'sandbox' })['script-src'];
    expect(scripts).toContain(plaidScriptUrl);
    expect(scripts).toContain(new URL(checkoutScriptUrl).origin);
  });
});

describe('exchangeCspSources with the launcher’s mx.allowedHosts', () => {
  it('frames MX Connect from those hosts only: a host or wildcard as https:, an origin as it is', () => {
    const sources = exchangeCspSources({ partners: ['mx'], environment: 'sandbox', mx: { allowedHosts: ['int-widgets.moneydesktop.com', '*.mx.com', 'http://localhost:6006/'] } });
    expect(sources['frame-src']).toEqual(['https://int-widgets.moneydesktop.com', 'https://*.mx.com', 'http://localhost:6006']);
  });

  it.each(['not a host', 'https://mx.com/path', 'widgets.*.mx.com', ''])('refuses the entry %j with a configuration error', (entry) => {
    expect(() => exchangeCspSources({ partners: ['mx'], environment: 'sandbox', mx: { allowedHosts: [entry] } })).toThrow(
      expect.objectContaining({ code: 'configuration', message: expect.stringContaining('mx.allowedHosts takes hosts') }),
    );
  });
});

describe('exchangeCspSources with a partner this library does not run', () => {
  it('says which, and which it takes, as a configuration error', () => {
    const partners = ['plaid', 'finicity'] as unknown as ['plaid'];
    expect(() => exchangeCspSources({ partners, environment: 'sandbox' })).toThrow(
      expect.objectContaining({ code: 'configuration', message: 'exchangeCspSources: "finicity" is not a partner this library runs; partners takes "mx", "plaid" and "checkout".' }),
    );
  });
});
