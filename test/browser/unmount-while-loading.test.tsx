// Its own file, so that the page has loaded no partner script yet (each file gets a fresh page).
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import type { FakeCheckoutLog } from '../../src/testing/fake-checkout';
import type { FakePlaidLog } from '../../src/testing/fake-plaid';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, scriptsFrom, startWorker } from './support';

const { worker } = startWorker();
const fakes = () => window as unknown as { __fakePlaid?: FakePlaidLog; __fakeCheckout?: FakeCheckoutLog };

describe('unmounting while a partner script loads', () => {
  it('leaves nothing to open or report once the scripts arrive', async () => {
    worker.use(
      ...exchangeSessionHandlers({
        sessions: { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid'), [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') },
      }),
      ...partnerScriptHandlers({ plaid: { delay: 400 }, checkout: { delay: 400 } }),
    );
    const consoleError = vi.spyOn(console, 'error');
    const spies = { onSuccess: vi.fn(), onError: vi.fn(), onEvent: vi.fn() };
    const launchers = (callbacks: typeof spies) => (
      <>
        <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} {...callbacks} />
        <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} checkout={{ publicKey: 'pk_sbox_fake0000000000000000000000' }} {...callbacks} />
      </>
    );
    const first = mount(launchers(spies));
    await vi.waitFor(() => expect([...scriptsFrom(plaidScriptUrl), ...scriptsFrom(checkoutScriptUrl)]).toHaveLength(2));
    expect(fakes().__fakePlaid ?? fakes().__fakeCheckout).toBeUndefined();
    expect(spies.onEvent.mock.calls.map(([event]) => event.type)).toEqual(['sessionLoaded', 'sessionLoaded']);
    first.unmount();

    // Launchers mounted later wait on the same script loads, after the first ones: once they are
    // open, whatever the unmounted launchers would have done when the scripts arrived is done.
    const later = { onSuccess: vi.fn(), onError: vi.fn(), onEvent: vi.fn() };
    mount(launchers(later));
    await vi.waitFor(() => expect(later.onEvent.mock.calls.filter(([event]) => event.type === 'opened')).toHaveLength(2), { timeout: 3000 });
    // Only the later launchers' widgets: Link opened once, Flow mounted once.
    expect(fakes().__fakePlaid?.openedAt).toHaveLength(1);
    expect(fakes().__fakeCheckout?.mounted).toBe(1);
    expect(spies.onEvent).toHaveBeenCalledTimes(2);
    expect(spies.onError).not.toHaveBeenCalled();
    expect(spies.onSuccess).not.toHaveBeenCalled();
    expect(consoleError.mock.calls.map((call) => String(call[0]).slice(0, 300))).toEqual([]);
  });
});
