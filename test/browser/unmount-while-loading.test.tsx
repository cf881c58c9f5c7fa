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
const endpoint = '/api/exchange-sessions';
const fakes = () => window as unknown as { __fakePlaid?: FakePlaidLog; __fakeCheckout?: FakeCheckoutLog };

describe('unmounting while a partner script loads', () => {
  it('leaves nothing to open or report once the scripts arrive', async () => {
    worker.use(
      ...exchangeSessionHandlers({
        endpoint,
        sessions: { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid'), [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') },
      }),
      ...partnerScriptHandlers({ plaid: { delay: 400 }, checkout: { delay: 400 } }),
    );
    const consoleError = vi.spyOn(console, 'error');
    const spies = { onSuccess: vi.fn(), onError: vi.fn(), onEvent: vi.fn() };
    const plaid = mount(<ExchangeSessionLauncher endpoint={endpoint} sessionId={fixtureSessionIds.plaid} {...spies} />);
    const checkout = mount(
      <ExchangeSessionLauncher
        endpoint={endpoint}
        sessionId={fixtureSessionIds.checkout}
        checkout={{ publicKey: 'pk_sbox_fake0000000000000000000000' }}
        {...spies}
      />,
    );
    await vi.waitFor(() => expect([...scriptsFrom(plaidScriptUrl), ...scriptsFrom(checkoutScriptUrl)]).toHaveLength(2));
    expect(fakes().__fakePlaid ?? fakes().__fakeCheckout).toBeUndefined();
    expect(spies.onEvent.mock.calls.map(([event]) => event.type)).toEqual(['sessionLoaded', 'sessionLoaded']);
    plaid.unmount();
    checkout.unmount();

    await vi.waitFor(() => expect(fakes().__fakePlaid && fakes().__fakeCheckout).toBeTruthy(), { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fakes().__fakePlaid?.created).toBe(0);
    expect(fakes().__fakeCheckout?.initialised).toBe(0);
    expect(document.querySelector('[role="dialog"], form, iframe')).toBeNull();
    expect(spies.onEvent).toHaveBeenCalledTimes(2);
    expect(spies.onError).not.toHaveBeenCalled();
    expect(consoleError.mock.calls.map((call) => String(call[0]).slice(0, 300))).toEqual([]);
  });
});
