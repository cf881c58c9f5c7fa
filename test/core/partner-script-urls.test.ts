import { CDN_URL } from '@checkout.com/checkout-web-components';
import { describe, expect, it } from 'vitest';
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';

describe('partner script URLs', () => {
  it('preloads the very script Checkout.com’s loader would add', () => {
    expect(checkoutScriptUrl).toBe(CDN_URL);
  });
});

describe('Plaid’s script URL', () => {
  it('is the one react-plaid-link adds and reuses (it does not export it)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { plaidScriptUrl } = await import('../../src/partners/plaid/plaid-script');
    const source = await readFile(`${process.cwd()}/node_modules/react-plaid-link/dist/index.esm.js`, 'utf8');
    expect(source).toContain(`'${plaidScriptUrl}'`);
  });
});
