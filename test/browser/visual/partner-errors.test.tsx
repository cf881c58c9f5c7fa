// The partners' error families, in a page of their own: a partner script that fails must not have
// loaded before (each test file gets a fresh page), and Plaid's stand-in here is not the kit's.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher } from '../../../src';
import { plaidScriptUrl } from '../../../src/partners/plaid/plaid-script';
import { exchangeSessionHandlers } from '../../../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../../src/testing/partner-script-handlers';
import { startWorker } from '../support';
import { expectLooks, launcherRoot, locales, stage, visualSuite } from './harness';

const { worker } = startWorker();
visualSuite('partner-errors.test.tsx');

/** A Plaid Link that reports a success without the public token Dwolla needs: the partner's own fault. */
const plaidWithoutToken = `window.Plaid = { create(config) {
  setTimeout(() => config.onLoad && config.onLoad(), 0);
  return { open() { setTimeout(() => config.onSuccess('', { accounts: [] }), 0); }, exit() {}, submit() {}, destroy() {} };
} };`;

function serve() {
  worker.use(
    ...exchangeSessionHandlers({
      sessions: { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid'), [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') },
    }),
    http.get(plaidScriptUrl, () => new HttpResponse(plaidWithoutToken, { headers: { 'Content-Type': 'text/javascript' } })),
    ...partnerScriptHandlers({ checkout: { fail: 'notFound' } }),
  );
}

async function errorShown(code: string) {
  await expect.poll(() => launcherRoot()?.querySelector('[data-part="error"]')?.getAttribute('data-error-code'), { timeout: 5000 }).toBe(code);
}

describe.each(locales)('the partners’ errors in %s', (locale) => {
  it('error, partner: Checkout.com’s script does not load', async () => {
    serve();
    const view = stage(
      <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} checkout={{ publicKey: 'pk_sbox_fake0000000000000000000000', environment: 'sandbox' }} />,
      { theme: 'light', locale },
    );
    await errorShown('partnerLoadFailed');
    await expectLooks('error-partner', view);
  });

  it('error, partner error: Plaid Link reports a success without a token', async () => {
    serve();
    const view = stage(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} />, { theme: 'light', locale });
    await errorShown('partnerError');
    await expectLooks('error-partner-error', view);
  });
});
