import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { readExchangeSessionResume, saveExchangeSessionResume } from '../../src/core';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { fakeExchangeUrl } from '../../src/testing/fake-journey-values';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

describe('<ExchangeSessionLauncher> saving its session for a resume', () => {
  // 0.1 saved only with `resume`; the launcher now always saves when its flow may leave the page.
  it('saves a Plaid session when Link opens, and reopens it with the OAuth redirect on return', async () => {
    sessionStorage.clear();
    const plaid = installPlaidInJsdom();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    const before = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} />);
    await screen.findByRole('dialog');
    await waitFor(() =>
      expect(readExchangeSessionResume()).toEqual({ sessionId: fixtureSessionIds.plaid, partner: 'plaid', savedAt: expect.any(Number) }),
    );
    act(() => before.unmount()); // the bank's OAuth page

    const returnUri = 'https://app.example/link-bank?oauth_state_id=fake-state';
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ resume: true }} plaid={{ receivedRedirectUri: returnUri }} {...spies} />);
    await screen.findByRole('dialog');
    expect(plaid.configs.at(-1)).toEqual({ token: fakePartnerValues.plaidLinkToken, receivedRedirectUri: returnUri });
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(spies.onSuccess).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(readExchangeSessionResume()).toBeUndefined());
  });

  // 0.1 called onRedirect at once, and saved only with `resume`; now it always saves, and redirects once the record is stored.
  it('saves an MX session before redirecting, and is idle on return when nothing was saved', async () => {
    sessionStorage.clear();
    serveSessions({ [fixtureSessionIds.mx]: exchangeSessionFixture('mx') });
    const savedAtRedirect: unknown[] = [];
    const spies = { ...launcherSpies(), onRedirect: vi.fn(() => void savedAtRedirect.push(readExchangeSessionResume())) };
    const view = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} {...spies} />);
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(savedAtRedirect).toEqual([{ sessionId: fixtureSessionIds.mx, partner: 'mx', savedAt: expect.any(Number) }]);
    expect(readExchangeSessionResume()).toEqual({ sessionId: fixtureSessionIds.mx, partner: 'mx', savedAt: expect.any(Number) });
    act(() => view.unmount());

    sessionStorage.clear();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ resume: true }} />);
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-status', 'idle'));
  });
});

describe('<ExchangeSessionLauncher source={{ resume: true }}> back from MX’s redirect', () => {
  const saveMx = () => saveExchangeSessionResume({ sessionId: fixtureSessionIds.mx, partner: 'mx' });

  it('does not send the user to MX again; with complete, the account picked becomes the exchange', async () => {
    saveMx();
    serveSessions({ [fixtureSessionIds.mx]: exchangeSessionFixture('mx') });
    const requests: JourneyRequest[] = [];
    server.use(...exchangeJourneyHandlers({ onRequest: (request) => requests.push(request) }));
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    renderStrict(
      <ExchangeSessionLauncher source={{ resume: true }} complete {...spies} />,
    );

    await userEvent.click(await screen.findByRole('radio', { name: 'MX Bank Checking ••1111' }));
    await userEvent.click(screen.getByRole('button', { name: 'Link account' }));
    await waitFor(() => expect(spies.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
    expect(spies.onRedirect).not.toHaveBeenCalled();
    expect(spies.onEvent).toHaveBeenCalledWith({ type: 'returned', partner: 'mx', sessionId: fixtureSessionIds.mx });
    expect(requests.at(-1)).toEqual({
      route: 'complete',
      sessionId: fixtureSessionIds.mx,
      body: { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' },
    });
    await waitFor(() => expect(readExchangeSessionResume()).toBeUndefined());
  });

  it('without complete, ends in success and leaves the exchange to the app', async () => {
    saveMx();
    serveSessions({ [fixtureSessionIds.mx]: exchangeSessionFixture('mx') });
    const spies = launcherSpies();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ resume: true }} {...spies} />);
    await waitFor(() => expect(spies.onEvent).toHaveBeenCalledWith({ type: 'returned', partner: 'mx', sessionId: fixtureSessionIds.mx }));
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-status', 'success'));
    expect(spies.onRedirect).not.toHaveBeenCalled();
    expect(spies.onSuccess).not.toHaveBeenCalled();
    expect(document.querySelector('iframe')).toBeNull();
  });
});
