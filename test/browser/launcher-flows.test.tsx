import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, ExchangeSessionProvider, type ExchangeSessionLauncherProps, type ExchangeSessionProviderProps } from '../../src';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import type { FakeCheckoutLog } from '../../src/testing/fake-checkout';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';
import type { FakePlaidLog } from '../../src/testing/fake-plaid';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers, type PartnerScriptHandlersOptions } from '../../src/testing/partner-script-handlers';
import { mount, scriptsFrom, startWorker, trackMessageListeners } from './support';

const { worker, backendRequests } = startWorker();
const mxUrl = `${location.origin}${fakeMxConnectPath}?token=FAKE-mx-token`;
const fakes = () => window as unknown as { __fakePlaid?: FakePlaidLog; __fakeCheckout?: FakeCheckoutLog };

function serve(scripts: PartnerScriptHandlersOptions = {}) {
  worker.use(
    ...exchangeSessionHandlers({
      sessions: {
        [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl }),
        [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid'),
        [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout'),
      },
    }),
    ...partnerScriptHandlers(scripts),
  );
}

/** A launcher with a spy for each callback, under a provider with `settings`. */
function launch(props: ExchangeSessionLauncherProps, settings: Omit<ExchangeSessionProviderProps, 'children'> = {}) {
  const spies = { onSuccess: vi.fn(), onError: vi.fn(), onEvent: vi.fn(), onExit: vi.fn(), onRedirect: vi.fn() };
  const view = mount(
    <ExchangeSessionProvider {...settings}>
      <ExchangeSessionLauncher {...spies} {...props} />
    </ExchangeSessionProvider>,
  );
  return { spies, ...view };
}

describe('Plaid Link in Chromium', () => {
  it('loads Plaid’s script from its CDN once, opens Link once, reports success and cleans up', async () => {
    serve();
    const { spies, unmount } = launch({ source: { sessionId: fixtureSessionIds.plaid } }, { partnerScripts: { nonce: 'fake-csp-nonce' } });
    const dialog = page.getByRole('dialog', { name: /Plaid Link/ });
    await expect.element(dialog).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));

    await vi.waitFor(() => expect(spies.onSuccess).toHaveBeenCalledTimes(1));
    expect(spies.onSuccess.mock.calls[0]![0]).toMatchObject({ partner: 'plaid', publicToken: expect.stringMatching(/^public-sandbox-/) });
    expect(fakes().__fakePlaid?.opened).toBe(1);
    expect(scriptsFrom(plaidScriptUrl)).toHaveLength(1);
    expect(scriptsFrom(plaidScriptUrl)[0]!.nonce).toBe('fake-csp-nonce');
    expect(backendRequests).toHaveLength(1);

    unmount();
    expect(fakes().__fakePlaid?.destroyed).toBe(fakes().__fakePlaid?.created);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(spies.onError).not.toHaveBeenCalled();
  });
});

describe('Checkout.com Flow in Chromium', () => {
  it('loads the real loader’s script, mounts Flow once, reports the payment and unmounts', async () => {
    serve();
    const { spies, unmount } = launch({
      source: { sessionId: fixtureSessionIds.checkout },
      checkout: { publicKey: 'pk_sbox_fake0000000000000000000000', locale: 'en-US' },
    });
    await userEvent.fill(page.getByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(page.getByRole('button', { name: 'Pay' }));

    await vi.waitFor(() => expect(spies.onSuccess).toHaveBeenCalledTimes(1));
    expect(spies.onSuccess.mock.calls[0]![0]).toMatchObject({ partner: 'checkout', paymentId: 'pay_fake0000000000000000000000' });
    expect(fakes().__fakeCheckout).toMatchObject({ initialised: 1, mounted: 1 });
    expect(scriptsFrom(checkoutScriptUrl)).toHaveLength(1);

    unmount();
    expect(fakes().__fakeCheckout?.unmounted).toBe(1);
    expect(document.querySelector('form')).toBeNull();
  });
});

describe('MX Connect in Chromium', () => {
  const allowLocalFake = { allowedHosts: [location.origin] };

  it('redirects once to the session URL', async () => {
    serve();
    const { spies } = launch({ source: { sessionId: fixtureSessionIds.mx }, mx: allowLocalFake });
    await vi.waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(spies.onRedirect).toHaveBeenCalledWith(mxUrl);
  });

  it('refuses the same URL when its host is not allowed', async () => {
    serve();
    const { spies } = launch({ source: { sessionId: fixtureSessionIds.mx } });
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'unsafeRedirect');
    expect(spies.onRedirect).not.toHaveBeenCalled();
  });

  it('embeds MX Connect, takes its real messages, ignores look-alikes from other frames, and cleans up', async () => {
    serve();
    const listeners = trackMessageListeners();
    const { spies, unmount } = launch({ source: { sessionId: fixtureSessionIds.mx }, mx: { ...allowLocalFake, mode: 'embed' } });
    const widget = page.getByTitle('MX Connect: link your bank account');
    await expect.element(widget).toBeVisible();

    // The same fake page from another origin, and from this origin in a frame that is not the widget.
    const foreignOrigin = location.origin.replace('localhost', '127.0.0.1');
    const impostors = [`${foreignOrigin}${fakeMxConnectPath}`, mxUrl].map((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = `impostor ${src}`;
      document.body.append(frame);
      return new Promise((resolve) => frame.addEventListener('load', resolve));
    });
    await Promise.all(impostors);
    await userEvent.click(page.frameLocator(page.getByTitle(`impostor ${foreignOrigin}${fakeMxConnectPath}`)).getByRole('button', { name: 'Connect' }));
    await userEvent.click(page.frameLocator(page.getByTitle(`impostor ${mxUrl}`)).getByRole('button', { name: 'Connect' }));

    expect(listeners.count()).toBe(1);

    await userEvent.click(page.frameLocator(widget).getByRole('button', { name: 'Connect' }));
    await vi.waitFor(() => expect(spies.onSuccess).toHaveBeenCalledTimes(1));
    expect(spies.onSuccess).toHaveBeenCalledWith({
      partner: 'mx',
      sessionId: fixtureSessionIds.mx,
      memberGuid: 'MBR-fake-0000',
      userGuid: 'USR-fake-0000',
      sessionGuid: 'ANS-fake-0000',
    });
    const mxEvents = spies.onEvent.mock.calls.map(([event]) => event).filter((event) => event.type === 'partnerEvent');
    expect(mxEvents.map((event) => event.name)).toEqual(['mx/connect/loaded', 'mx/connect/selectedInstitution', 'mx/connect/memberConnected']);

    // The flow is over once the member connected: the widget and its listener are gone.
    await expect.element(page.getByRole('status')).toHaveTextContent('Bank account linked');
    expect(listeners.count()).toBe(0);
    expect(document.querySelector('iframe[title^="MX Connect"]')).toBeNull();
    unmount();
  });
});
