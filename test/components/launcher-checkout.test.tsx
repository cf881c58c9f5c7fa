import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher, ExchangeSessionProvider } from '../../src';
import { fakeDeclinedCard } from '../../src/testing/fake-checkout';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { eventNames, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installCheckoutInJsdom } from '../support/partner-fakes';

const id = fixtureSessionIds.checkout;
const publicKey = 'pk_sbox_fake0000000000000000000000';

describe('<ExchangeSessionLauncher> with a Checkout.com session', () => {
  it('mounts Flow once under StrictMode with the session and settings, and reports the payment', async () => {
    const checkout = installCheckoutInJsdom();
    serveSessions({ [id]: exchangeSessionFixture('checkout') });
    const spies = launcherSpies();
    const { container } = renderStrict(
      <ExchangeSessionLauncher
        source={{ sessionId: id }}
        checkout={{ publicKey, locale: 'en-GB', appearance: { colorAction: '#0b5cff' } }}
        {...spies}
      />,
    );
    const form = await screen.findByRole('form', { name: /Debit card/ });
    expect(checkout.mounted).toBe(1);
    expect(checkout.lastOptions).toEqual({
      publicKey,
      environment: 'sandbox',
      paymentSession: fakePartnerValues.checkoutPaymentSession,
      locale: 'en-GB',
      appearance: { colorAction: '#0b5cff' },
    });
    await userEvent.type(screen.getByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));

    await waitFor(() => expect(spies.onSuccess).toHaveBeenCalledTimes(1));
    expect(spies.onSuccess).toHaveBeenCalledWith({
      partner: 'checkout',
      sessionId: id,
      paymentId: 'pay_fake0000000000000000000000',
      // What Flow's tokenization said of the card: its scheme and last four digits, never more.
      payment: { id: 'pay_fake0000000000000000000000', status: 'Approved', type: 'card', card: { scheme: 'Visa', last4: '4242' } },
    });
    // The screen follows the status: Flow is gone once the flow succeeded.
    expect(container.firstElementChild).toHaveAttribute('data-status', 'success');
    expect(form).not.toBeInTheDocument();
    expect(checkout.unmounted).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent(/^Debit card linked$/);
    expect(eventNames(spies.onEvent)).toEqual(expect.arrayContaining(['sessionLoaded', 'opened', 'checkout:ready', 'checkout:change', 'checkout:submit']));
  });

  it('reports a declined card without tearing Flow down', async () => {
    installCheckoutInJsdom();
    serveSessions({ [id]: exchangeSessionFixture('checkout') });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} checkout={{ publicKey }} {...spies} />);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Card number' }), fakeDeclinedCard);
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'partnerError', message: expect.stringContaining('payment_request_declined') });
    expect(screen.getByRole('form')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads the settings from the provider and does not re-create Flow for equal settings', async () => {
    const checkout = installCheckoutInJsdom();
    serveSessions({ [id]: exchangeSessionFixture('checkout') });
    const tree = (onSuccess: () => void) => (
      <ExchangeSessionProvider checkout={{ publicKey, appearance: { borderRadius: ['8px', '8px'] } }}>
        <ExchangeSessionLauncher source={{ sessionId: id }} onSuccess={onSuccess} />
      </ExchangeSessionProvider>
    );
    const view = renderStrict(tree(() => {}));
    await screen.findByRole('form');
    view.rerender(tree(() => {}));
    view.rerender(tree(() => {}));
    expect(checkout.initialised).toBe(1);
    expect(checkout.mounted).toBe(1);
  });

  it('is a configuration error without a public key, with nothing mounted', async () => {
    const checkout = installCheckoutInJsdom();
    serveSessions({ [id]: exchangeSessionFixture('checkout') });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} {...spies} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'configuration');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0].message).toMatch(/public key/);
    expect(checkout.initialised).toBe(0);
  });

  it('requires the environment for a session that is not from Dwolla’s sandbox', async () => {
    installCheckoutInJsdom();
    serveSessions({ [id]: exchangeSessionFixture('checkout', { environment: 'production' }) });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} checkout={{ publicKey }} {...spies} />);
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'configuration', message: expect.stringMatching(/environment/) });
  });

  it('passes production through when it is given', async () => {
    const checkout = installCheckoutInJsdom();
    serveSessions({ [id]: exchangeSessionFixture('checkout', { environment: 'production' }) });
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} checkout={{ publicKey, environment: 'production' }} />);
    await screen.findByRole('form');
    expect(checkout.lastOptions?.environment).toBe('production');
  });

  it('unmounts Flow on unmount', async () => {
    const checkout = installCheckoutInJsdom();
    serveSessions({ [id]: exchangeSessionFixture('checkout') });
    const view = renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} checkout={{ publicKey }} />);
    await screen.findByRole('form');
    act(() => view.unmount());
    expect(checkout.unmounted).toBe(1);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
