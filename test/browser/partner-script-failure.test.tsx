// Its own file, so that the page has loaded no partner script yet (each file gets a fresh page).
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher } from '../../src';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers, type PartnerScriptHandlersOptions } from '../../src/testing/partner-script-handlers';
import { mount, scriptsFrom, startWorker } from './support';

const { worker } = startWorker();

function serve(scripts: PartnerScriptHandlersOptions) {
  worker.resetHandlers();
  worker.use(
    ...exchangeSessionHandlers({
      sessions: { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid'), [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') },
    }),
    ...partnerScriptHandlers(scripts),
  );
}

describe('a partner script that fails to load', () => {
  it('is a typed error for Plaid, leaves no tag behind, and a retry recovers', async () => {
    serve({ plaid: { fail: 'notFound' } });
    const onError = vi.fn();
    mount(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} onError={onError} />);
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'partnerLoadFailed');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'partnerLoadFailed' })));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0].message).toContain(plaidScriptUrl);
    expect(scriptsFrom(plaidScriptUrl)).toHaveLength(0);

    serve({});
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('dialog', { name: /Plaid Link/ })).toBeVisible();
    expect(scriptsFrom(plaidScriptUrl)).toHaveLength(1);
  });

  it('is a typed error for Checkout.com, and a retry recovers', async () => {
    serve({ checkout: { fail: 'notFound' } });
    const onError = vi.fn();
    mount(
      <ExchangeSessionLauncher
        source={{ sessionId: fixtureSessionIds.checkout }}
        checkout={{ publicKey: 'pk_sbox_fake0000000000000000000000' }}
        onError={onError}
      />,
    );
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'partnerLoadFailed');
    expect(scriptsFrom(checkoutScriptUrl)).toHaveLength(0);

    serve({});
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('textbox', { name: 'Card number' })).toBeVisible();
    expect(scriptsFrom(checkoutScriptUrl)).toHaveLength(1);
  });
});
