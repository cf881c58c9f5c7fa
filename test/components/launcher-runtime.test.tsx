// #23: the defects a review of the launcher proved, where the user leaves, comes back or is
// refused. Each test failed on the launcher before its runtime was a service that owns its work.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher, type CardDetails } from '../../src';
import { readExchangeSessionResume } from '../../src/core';
import { es } from '../../src/core/messages/es';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { fakeExchangeUrl, fakeFundingSourceUrl } from '../../src/testing/fake-journey-values';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installCheckoutInJsdom } from '../support/partner-fakes';

const exchangeId = 'fa4e0004-0000-4000-8000-0000000000e1';

/** The journey's routes, each request recorded as the backend received it. */
function serveJourney(options: Parameters<typeof exchangeJourneyHandlers>[0] = {}) {
  const requests: JourneyRequest[] = [];
  serveSessions({
    [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout'),
    [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl: fakePartnerValues.mxUrl }),
  });
  server.use(...exchangeJourneyHandlers({ ...options, sessions: { [fixtureSessionIds.mx]: exchangeSessionFixture('mx'), ...options.sessions }, onRequest: (request) => requests.push(request) }));
  return requests;
}


/** MX Connect, embedded, reports its member connected (once its listener is up). */
async function connectMx(onEvent: ReturnType<typeof vi.fn>) {
  const frame = (await screen.findByTitle(/^MX Connect: /)) as HTMLIFrameElement;
  await waitFor(() => expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('opened'));
  const data = { mx: true, type: 'mx/connect/memberConnected', metadata: { user_guid: 'USR-fake', member_guid: 'MBR-fake' } };
  act(() => window.dispatchEvent(new MessageEvent('message', { origin: new URL(fakePartnerValues.mxUrl).origin, source: frame.contentWindow, data })));
}

const posted = (requests: JourneyRequest[], route: JourneyRequest['route']) => requests.filter((request) => request.route === route).map((request) => request.body);

describe('1. a re-authentication survives leaving the page', () => {
  it('finishes an MX re-authentication on the return page as a re-authentication, creating no exchange', async () => {
    const requests = serveJourney({ reauthSessionId: fixtureSessionIds.mx });
    const first = { ...launcherSpies(), onComplete: vi.fn() };
    const leaving = renderStrict(<ExchangeSessionLauncher source={{ reauthenticate: exchangeId, partner: 'mx' }} complete {...first} />);
    await waitFor(() => expect(first.onRedirect).toHaveBeenCalledWith(fakePartnerValues.mxUrl));
    expect(readExchangeSessionResume()).toMatchObject({ sessionId: fixtureSessionIds.mx, partner: 'mx', exchangeId });
    leaving.unmount();

    // The page MX sends the user back to.
    const back = { ...launcherSpies(), onComplete: vi.fn() };
    renderStrict(<ExchangeSessionLauncher source={{ resume: true }} complete {...back} />);
    await waitFor(() => expect(back.onComplete).toHaveBeenCalledWith({ reauthenticated: true, exchangeId }));
    expect(posted(requests, 'complete')).toEqual([]);
    expect(posted(requests, 'create')).toEqual([{ exchangeId }]);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });
});

describe('3. one start path: one creation whatever loads first', () => {
  it('creates one session when the Spanish texts load after the launcher’s code', async () => {
    let releaseSpanish = () => {};
    const spanishTexts = new Promise<void>((resolve) => (releaseSpanish = resolve));
    vi.doMock('../../src/core/messages/es', async (importOriginal) => {
      await spanishTexts;
      return importOriginal();
    });
    // The launcher's code is loaded first; the texts come later.
    await import('../../src/components/launcher-screen');
    let creations = 0;
    server.use(
      http.post(basePath, () => {
        creations += 1;
        return HttpResponse.json(exchangeSessionFixture('mx', { id: `created-${creations}` }), { status: 201 });
      }),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ create: 'mx' }} locale="es" {...spies} />);
    await waitFor(() => expect(creations).toBe(1));
    releaseSpanish();
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(creations).toBe(1);
    expect(spies.onError).not.toHaveBeenCalled();
    vi.doUnmock('../../src/core/messages/es');
  });
});

const card: CardDetails = {
  firstName: 'Fake',
  lastName: 'Holder',
  billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
};

/** A completion Dwolla refused for its funding source once (the exchange exists), then one that succeeds. */
function refuseFundingSourceOnce(errors: { code: string; message: string; path: string }[]) {
  let refused = false;
  server.use(
    http.post(`${basePath}/:id/exchange`, () => {
      if (refused) return undefined;
      refused = true;
      return HttpResponse.json(
        { code: 'ValidationError', message: 'Dwolla created the exchange but refused to create the funding source.', _embedded: { errors }, _links: { about: { href: fakeExchangeUrl } } },
        { status: 400 },
      );
    }),
  );
}

async function payWithCard() {
  await userEvent.type(await screen.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
  await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
}

describe('4. a refused funding source goes back to the step that can fix it', () => {
  it('shows the billing form again with the refusal under its field, then creates the card alone', async () => {
    installCheckoutInJsdom();
    const requests = serveJourney();
    refuseFundingSourceOnce([{ code: 'Invalid', message: 'PostalCode invalid.', path: '/fundingSource/cardDetails/billingAddress/postalCode' }]);
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    const { container } = renderStrict(
      <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} complete={{ fundingSource: true }} checkout={{ publicKey: 'pk_sbox_fake' }} {...spies} />,
    );
    await payWithCard();
    for (const [label, value] of Object.entries({ 'First name': 'Fake', 'Last name': 'Holder', 'Street address': '1 Fake St', City: 'Des Moines', 'ZIP code': '00000' })) {
      await userEvent.type(await screen.findByLabelText(label), value);
    }
    await userEvent.selectOptions(screen.getByLabelText('State'), 'IA');
    await userEvent.click(screen.getByRole('button', { name: 'Link card' }));

    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'badRequest', dwolla: { about: fakeExchangeUrl } });
    expect(container.firstElementChild).toHaveAttribute('data-status', 'billing');
    const zip = await screen.findByLabelText('ZIP code');
    expect(zip).toHaveAttribute('aria-invalid', 'true');
    expect(zip).toHaveAccessibleDescription('This was not accepted. Check it, then try again.');
    expect(zip).toHaveValue('00000');
    expect(screen.getByLabelText('First name')).not.toHaveAttribute('aria-invalid');

    await userEvent.clear(zip);
    await userEvent.type(zip, '50309');
    await userEvent.click(screen.getByRole('button', { name: 'Link card' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl, fundingSourceUrl: fakeFundingSourceUrl }));
    // The first post spent the payment's token; the second creates the card alone.
    expect(posted(requests, 'complete')).toEqual([
      { partner: 'checkout', exchangeUrl: fakeExchangeUrl, fundingSource: { name: "Fake Holder's debit card", cardDetails: card } },
    ]);
  });

  it('takes an MX user back to the account picker, and the account chosen again gets its funding source alone', async () => {
    const requests = serveJourney();
    refuseFundingSourceOnce([{ code: 'Invalid', message: 'Name invalid.', path: '/fundingSource/name' }]);
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    const { container } = renderStrict(
      <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ mode: 'embed' }} complete={{ fundingSource: { name: 'Payouts', bankAccountType: 'checking' } }} {...spies} />,
    );
    await connectMx(spies.onEvent);
    await userEvent.click(await screen.findByRole('radio', { name: 'MX Bank Checking ••1111' }));
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));

    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(container.firstElementChild).toHaveAttribute('data-status', 'choosing');
    expect(within(container).getByRole('alert')).toHaveAttribute('data-error-code', 'badRequest');
    await userEvent.click(await screen.findByRole('radio', { name: 'MX Bank Checking ••1111' }));
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledTimes(1));
    expect(posted(requests, 'complete')).toEqual([
      { partner: 'mx', exchangeUrl: fakeExchangeUrl, fundingSource: { name: 'Payouts', bankAccountType: 'checking' } },
    ]);
  });
});

describe('an MX account’s type is asked, not guessed', () => {
  const connections = [
    { availableConnectionToken: 'fake-connection-token-mm', name: 'Money Market ****5678' },
    { availableConnectionToken: 'fake-connection-token-savings', name: 'MX Bank Savings ••2222' },
  ];

  async function chooseAfterMx(name: string, onEvent: ReturnType<typeof vi.fn>) {
    await connectMx(onEvent);
    await userEvent.click(await screen.findByRole('radio', { name }));
  }

  it('asks checking or savings when the name does not say, and makes the funding source with the answer', async () => {
    const requests = serveJourney({ connections });
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ mode: 'embed' }} complete={{ fundingSource: true }} {...spies} />);
    await chooseAfterMx('Money Market ****5678', spies.onEvent);
    const type = screen.getByRole('radiogroup', { name: 'What kind of account is it?' });
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));
    // Not sent until the user says.
    expect(posted(requests, 'complete')).toEqual([]);
    await userEvent.click(within(type).getByRole('radio', { name: 'Savings' }));
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledTimes(1));
    expect(posted(requests, 'complete')).toEqual([
      { partner: 'mx', availableConnectionToken: 'fake-connection-token-mm', fundingSource: { name: 'Money Market ****5678', bankAccountType: 'savings' } },
    ]);
  });

  it('does not ask when the name says, and hands the answer to a fundingSource function', async () => {
    const requests = serveJourney({ connections });
    const fundingSource = vi.fn(() => ({ name: 'Payouts', bankAccountType: 'savings' as const }));
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ mode: 'embed' }} complete={{ fundingSource }} {...spies} />);
    await chooseAfterMx('MX Bank Savings ••2222', spies.onEvent);
    expect(screen.queryByRole('radiogroup', { name: 'What kind of account is it?' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));
    await waitFor(() => expect(posted(requests, 'complete')).toHaveLength(1));
    expect(fundingSource).toHaveBeenCalledWith({ partner: 'mx', account: connections[1], bankAccountType: 'savings' });
  });

  it('asks in Spanish', async () => {
    serveJourney({ connections });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ mode: 'embed' }} complete={{ fundingSource: true }} locale="es" {...spies} />);
    await chooseAfterMx('Money Market ****5678', spies.onEvent);
    const type = await screen.findByRole('radiogroup', { name: es.accountTypeLegend });
    expect(within(type).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([es.accountTypeChecking, es.accountTypeSavings]);
  });

  it('refuses a function’s name over Dwolla’s 50 characters as a configuration error, posting nothing', async () => {
    const requests = serveJourney({ connections });
    const spies = launcherSpies();
    renderStrict(
      <ExchangeSessionLauncher
        source={{ sessionId: fixtureSessionIds.mx }}
        mx={{ mode: 'embed' }}
        complete={{ fundingSource: () => ({ name: 'Payouts to MX Bank Savings ••2222 from the Fake App of Examples', bankAccountType: 'checking' }) }}
        {...spies}
      />,
    );
    await chooseAfterMx('MX Bank Savings ••2222', spies.onEvent);
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'configuration');
    expect(spies.onError.mock.calls[0]![0].message).toMatch(/50 characters/);
    expect(posted(requests, 'complete')).toEqual([]);
  });
});
