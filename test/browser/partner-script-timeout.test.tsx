// Its own file, so that the page has loaded no Checkout.com script yet (each file gets a fresh page).
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, ExchangeSessionProvider } from '../../src';
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, scriptsFrom, startWorker } from './support';

const { worker } = startWorker();

describe('a partner script that times out', () => {
  it('is partnerLoadFailed, and a retry waits on the same late script and mounts Flow', async () => {
    // Late, not lost: the script arrives at 600 ms, after the 300 ms timeout; whenever the retry
    // starts, it waits on that same request (or finds it loaded) rather than asking again.
    worker.use(
      ...exchangeSessionHandlers({ sessions: { [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') } }),
      ...partnerScriptHandlers({ checkout: { delay: 600 } }),
    );
    const onError = vi.fn();
    mount(
      <ExchangeSessionProvider partnerScripts={{ timeoutMs: 300 }}>
        <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} checkout={{ publicKey: 'pk_sbox_fake0000000000000000000000' }} onError={onError} />
      </ExchangeSessionProvider>,
    );
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'partnerLoadFailed');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0].message).toMatch(/did not load within 300 ms/);
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('textbox', { name: 'Card number' })).toBeVisible();
    expect(scriptsFrom(checkoutScriptUrl)).toHaveLength(1);
  });
});
