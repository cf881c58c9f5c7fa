import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher, type CompleteExchangeRequest, type FundingSourceRequest } from '../../src';
import { exchangeJourneyHandlers, type ExchangeJourneyHandlersOptions, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { fakeExchangeUrl, fakeFundingSourceUrl } from '../../src/testing/fake-journey-values';
import { dwollaErrorFixtures, exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installCheckoutInJsdom, installPlaidInJsdom } from '../support/partner-fakes';

function serveJourney(options: Pick<ExchangeJourneyHandlersOptions, 'fundingSourceFailures'> = {}) {
  const requests: JourneyRequest[] = [];
  serveSessions(Object.fromEntries(Object.entries(fixtureSessionIds).map(([partner, id]) => [id, exchangeSessionFixture(partner as 'mx')])));
  server.use(...exchangeJourneyHandlers({ ...options, onRequest: (request) => requests.push(request) }));
  return requests;
}

function completionSpies() {
  return { ...launcherSpies(), onComplete: vi.fn() };
}

describe('<ExchangeSessionLauncher complete>', () => {
  it('Plaid: posts the public token once under StrictMode and reports the exchange', async () => {
    installPlaidInJsdom();
    const requests = serveJourney();
    const spies = completionSpies();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete {...spies} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    // The last screen names what was linked: Link's account, by its name and mask.
    expect((await screen.findByText('Bank account linked')).closest('[role=status]')).toHaveAttribute('data-part', 'linked');
    expect(screen.getByRole('status')).toHaveTextContent('Bank account linkedPlaid Checking ••0000');
    expect(container.firstElementChild).toHaveAttribute('data-status', 'complete');
    expect(requests).toEqual([
      { route: 'complete', sessionId: fixtureSessionIds.plaid, body: { partner: 'plaid', publicToken: 'public-sandbox-fake-0000-4000-8000-000000000000' } },
    ]);
    expect(spies.onSuccess).toHaveBeenCalledTimes(1);
    expect(spies.onComplete).toHaveBeenCalledTimes(1);
    expect(spies.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl });
  });

  it('Checkout.com: posts the payment id with the card funding source, and reports both URLs', async () => {
    installCheckoutInJsdom();
    const requests = serveJourney();
    const spies = completionSpies();
    const fundingSource: FundingSourceRequest = {
      name: 'Debit card',
      cardDetails: {
        firstName: 'Fake',
        lastName: 'Customer',
        billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
      },
    };
    renderStrict(
      <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} complete={{ fundingSource }} checkout={{ publicKey: 'pk_sbox_fake' }} {...spies} />,
    );
    await userEvent.type(await screen.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));

    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledTimes(1));
    expect(spies.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl, fundingSourceUrl: fakeFundingSourceUrl });
    expect(requests).toEqual([
      { route: 'complete', sessionId: fixtureSessionIds.checkout, body: { partner: 'checkout', paymentId: 'pay_fake0000000000000000000000', fundingSource } },
    ]);
    expect(screen.queryByRole('form', { name: /Debit card/ })).toBeNull();
  });

  it('MX: lists the connected accounts, and the account chosen by keyboard alone becomes the exchange', async () => {
    const requests = serveJourney();
    const spies = completionSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} complete mx={{ mode: 'embed' }} {...spies} />);
    const frame = (await screen.findByTitle('MX Connect: link your bank account')) as HTMLIFrameElement;
    await waitFor(() => expect(spies.onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'opened' })));
    const connected = { mx: true, type: 'mx/connect/memberConnected', metadata: { user_guid: 'USR-1', member_guid: 'MBR-1' } };
    act(() => window.dispatchEvent(new MessageEvent('message', { data: connected, origin: new URL(fakePartnerValues.mxUrl).origin, source: frame.contentWindow })));

    const group = await screen.findByRole('group', { name: 'Choose the account to link' });
    expect(screen.queryByTitle('MX Connect: link your bank account')).toBeNull();
    expect(screen.getByRole('button', { name: 'Link account' })).toBeEnabled();
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'MX Bank Checking ••1111' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'MX Bank Savings ••2222' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
    expect(group).not.toBeInTheDocument();
    expect(requests).toEqual([
      { route: 'connections', sessionId: fixtureSessionIds.mx },
      { route: 'complete', sessionId: fixtureSessionIds.mx, body: { partner: 'mx', availableConnectionToken: 'fake-connection-token-savings' } },
    ]);
  });

  it('shows a failed completion, and posts the same token again on "Try again"', async () => {
    installPlaidInJsdom();
    serveJourney();
    const bodies: unknown[] = [];
    server.use(
      http.post(`${basePath}/:id/exchange`, async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? HttpResponse.json(dwollaErrorFixtures.server, { status: 500 })
          : HttpResponse.json({ exchangeUrl: fakeExchangeUrl }, { status: 201 });
      }),
    );
    const spies = completionSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete {...spies} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'server');
    expect(spies.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'server', status: 500 }));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledTimes(1));
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it('after a funding source that failed once the exchange existed, "Try again" asks for the funding source alone', async () => {
    installPlaidInJsdom();
    const requests = serveJourney({ fundingSourceFailures: 1 });
    const spies = completionSpies();
    const fundingSource: FundingSourceRequest = { name: 'Checking', bankAccountType: 'checking' };
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete={{ fundingSource }} {...spies} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'server');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl, fundingSourceUrl: fakeFundingSourceUrl }));
    expect(requests.filter(({ route }) => route === 'complete').map(({ body }) => body)).toEqual([
      { partner: 'plaid', publicToken: 'public-sandbox-fake-0000-4000-8000-000000000000', fundingSource },
      { partner: 'plaid', exchangeUrl: fakeExchangeUrl, fundingSource },
    ]);
  });

  // 0.1 had no default completion route (a configuration error without `completeExchange`); the route a provider names replaces it.
  it('posts the completion through the provider’s backend.complete function, with the request and a signal', async () => {
    installPlaidInJsdom();
    const requests = serveJourney();
    const calls: Array<[unknown, AbortSignal]> = [];
    const complete = async (request: CompleteExchangeRequest, { signal }: { signal: AbortSignal }) => {
      calls.push([request, signal]);
      return { exchangeUrl: fakeExchangeUrl };
    };
    const spies = completionSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete {...spies} />, { backend: { complete } });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toMatchObject({ sessionId: fixtureSessionIds.plaid, partner: 'plaid', publicToken: 'public-sandbox-fake-0000-4000-8000-000000000000' });
    expect(calls[0]![1]).toBeInstanceOf(AbortSignal);
    expect(requests).toEqual([]);
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('renders renderComplete with the completion', async () => {
    installPlaidInJsdom();
    serveJourney();
    renderStrict(
      <ExchangeSessionLauncher
        source={{ sessionId: fixtureSessionIds.plaid }}
        complete
        renderComplete={(done) => <p>{done.reauthenticated ? 'Renewed' : `Linked: ${done.exchangeUrl}`}</p>}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(`Linked: ${fakeExchangeUrl}`)).toBeInTheDocument();
    expect(screen.queryByText('Bank account linked')).toBeNull();
  });

  it('leaves the exchange to the app without complete', async () => {
    installPlaidInJsdom();
    const requests = serveJourney();
    const spies = completionSpies();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} {...spies} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-status', 'success'));
    expect(requests).toEqual([]);
    expect(spies.onComplete).not.toHaveBeenCalled();
  });
});
