// #18 friction 5: the funding source is made from what the user chose, not fixed before the flow:
// the MX account picked, Plaid's selected account, and for a card the billing details the user
// enters in a step of its own after Flow (accessible, checked, translatable, replaceable).
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher, type CardDetails } from '../../src';
import { es } from '../../src/core/messages/es';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installCheckoutInJsdom } from '../support/partner-fakes';

function serveJourney() {
  const requests: JourneyRequest[] = [];
  serveSessions({
    [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout'),
    [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl: fakePartnerValues.mxUrl }),
  });
  server.use(...exchangeJourneyHandlers({ onRequest: (request) => requests.push(request) }));
  return requests;
}

const completions = (requests: JourneyRequest[]) => requests.filter((request) => request.route === 'complete').map((request) => request.body);

async function payWithCard() {
  await userEvent.type(await screen.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
  await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
}

const billingDetails: CardDetails = {
  firstName: 'Fake',
  lastName: 'Holder',
  billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
};

/** Types each field's value, or picks it from a list (the state, by its name). */
async function fillBilling(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const control = screen.getByLabelText(label);
    if (control instanceof HTMLSelectElement) await userEvent.selectOptions(control, value);
    else await userEvent.type(control, value);
  }
}

describe('a card’s billing-details step', () => {
  it('asks after Flow, checks each field, focuses the first problem, then posts the card with the holder’s name', async () => {
    installCheckoutInJsdom();
    const requests = serveJourney();
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    const { container } = renderStrict(
      <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} complete={{ fundingSource: true }} checkout={{ publicKey: 'pk_sbox_fake' }} {...spies} />,
    );
    await payWithCard();
    expect(await screen.findByRole('group', { name: 'Billing details for your card' })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-status', 'billing');

    await userEvent.click(screen.getByRole('button', { name: 'Link card' }));
    expect(screen.getByLabelText('First name')).toHaveFocus();
    expect(screen.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('First name')).toHaveAccessibleDescription('First name is required.');
    expect(screen.getByLabelText('Apartment, suite (optional)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('State')).toHaveAccessibleDescription('State is required.');
    expect(completions(requests)).toEqual([]);

    // The state is chosen from the states and territories by name; its code is what is sent.
    const states = [...(screen.getByLabelText('State') as HTMLSelectElement).options].map(({ value, text }) => [value, text]);
    expect(states).toHaveLength(61);
    expect(states).toContainEqual(['IA', 'Iowa']);
    expect(states).toContainEqual(['PR', 'Puerto Rico']);
    expect(states[0]).toEqual(['', 'Select']);
    await fillBilling({ 'First name': 'Fake', 'Last name': 'Holder', 'Street address': '1 Fake St', City: 'Des Moines', State: 'Iowa', 'ZIP code': '503091' });
    await userEvent.click(screen.getByRole('button', { name: 'Link card' }));
    expect(screen.getByLabelText('ZIP code')).toHaveFocus();
    expect(screen.getByLabelText('ZIP code')).toHaveAccessibleDescription('Enter a 5-digit ZIP code, or ZIP+4.');
    expect(screen.getByLabelText('State')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('First name')).not.toHaveAttribute('aria-invalid');

    // A hyphen with nothing after it is no ZIP+4.
    await userEvent.clear(screen.getByLabelText('ZIP code'));
    await userEvent.type(screen.getByLabelText('ZIP code'), '50309-');
    await userEvent.click(screen.getByRole('button', { name: 'Link card' }));
    expect(screen.getByLabelText('ZIP code')).toHaveAccessibleDescription('Enter a 5-digit ZIP code, or ZIP+4.');
    // ZIP+4, typed without its hyphen, is sent as Dwolla takes it.
    await userEvent.clear(screen.getByLabelText('ZIP code'));
    await userEvent.type(screen.getByLabelText('ZIP code'), '503091234');
    await userEvent.click(screen.getByRole('button', { name: 'Link card' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledTimes(1));
    expect(completions(requests)).toEqual([
      {
        partner: 'checkout',
        paymentId: 'pay_fake0000000000000000000000',
        fundingSource: { name: "Fake Holder's debit card", cardDetails: { ...billingDetails, billingAddress: { ...billingDetails.billingAddress, postalCode: '50309-1234' } } },
      },
    ]);
    // The last screen names the card as Flow's tokenization reported it.
    expect(screen.getByRole('status')).toHaveTextContent(/^Debit card linkedVisa debit ••4242$/);
  });

  it('speaks the launcher’s language', async () => {
    installCheckoutInJsdom();
    serveJourney();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} complete={{ fundingSource: true }} checkout={{ publicKey: 'pk_sbox_fake' }} locale="es" />);
    await payWithCard();
    expect(await screen.findByRole('group', { name: es.billingLegend })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: es.billingSubmit }));
    expect(screen.getByLabelText(es.billingFirstName)).toHaveAccessibleDescription(es.billingRequired(es.billingFirstName));
    expect(es.cardName({ scheme: 'Visa', last4: '4242' })).toBe('Visa débito ••4242');
    expect(es.cardName({})).toBe('Tarjeta de débito');
  });

  it('is the app’s own with renderBillingDetails, and a funding-source function gets the details and the payment', async () => {
    installCheckoutInJsdom();
    const requests = serveJourney();
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    const fundingSource = vi.fn((choice: { partner: string }) => (choice.partner === 'checkout' ? { name: 'Payouts card', cardDetails: billingDetails } : undefined));
    renderStrict(
      <ExchangeSessionLauncher
        source={{ sessionId: fixtureSessionIds.checkout }}
        complete={{ fundingSource }}
        checkout={{ publicKey: 'pk_sbox_fake' }}
        renderBillingDetails={(submit) => (
          <button type="button" onClick={() => submit(billingDetails)}>
            Use my saved address
          </button>
        )}
        {...spies}
      />,
    );
    await payWithCard();
    await userEvent.click(await screen.findByRole('button', { name: 'Use my saved address' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledTimes(1));
    expect(fundingSource).toHaveBeenCalledExactlyOnceWith({ partner: 'checkout', cardDetails: billingDetails, payment: expect.objectContaining({ id: 'pay_fake0000000000000000000000' }) });
    expect(completions(requests)).toEqual([{ partner: 'checkout', paymentId: 'pay_fake0000000000000000000000', fundingSource: { name: 'Payouts card', cardDetails: billingDetails } }]);
    expect(document.querySelector('[data-part=billing]')).toBeNull();
  });
});

describe('a funding source made from the MX account the user picked', () => {
  it('takes the account’s name and, from it, its type', async () => {
    const requests = serveJourney();
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} complete={{ fundingSource: true }} mx={{ mode: 'embed' }} {...spies} />);
    const frame = (await screen.findByTitle('MX Connect: link your bank account')) as HTMLIFrameElement;
    await waitFor(() => expect(spies.onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'opened' })));
    const connected = { mx: true, type: 'mx/connect/memberConnected', metadata: { user_guid: 'USR-1', member_guid: 'MBR-1' } };
    act(() => window.dispatchEvent(new MessageEvent('message', { data: connected, origin: new URL(fakePartnerValues.mxUrl).origin, source: frame.contentWindow })));

    await userEvent.click(await screen.findByRole('radio', { name: 'MX Bank Savings ••2222' }));
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledTimes(1));
    expect(completions(requests)).toEqual([
      { partner: 'mx', availableConnectionToken: 'fake-connection-token-savings', fundingSource: { name: 'MX Bank Savings ••2222', bankAccountType: 'savings' } },
    ]);
  });
});
