// The defects the launcher's derived state hid, one test each; every one failed before the state machine.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher, ExchangeSessionProvider, type ExchangeSessionCreateRequest } from '../../src';
import { exchangeJourneyHandlers } from '../../src/testing/exchange-journey-handlers';
import { fakeExchangeUrl } from '../../src/testing/fake-journey-values';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

const minutes = 60_000;
/** The servers' clock (Dwolla's and the app backend's) in these tests. */
const serverNow = new Date('2026-11-30T12:00:00.000Z');

/** An MX session `ageMinutes` old by the servers' clock, answered with the backend's `Date` header; and the other sessions given. */
function serveMxSession(id: string, ageMinutes: number, mxUrl: string = fakePartnerValues.mxUrl, others: Record<string, object> = {}) {
  const created = new Date(serverNow.getTime() - ageMinutes * minutes).toISOString();
  const body = exchangeSessionFixture('mx', { id, created, mxUrl });
  serveSessions({ ...others, [id]: () => HttpResponse.json(body, { headers: { Date: serverNow.toUTCString() } }) });
}

/** The backend creates sessions with the ids given, in order; returns the bodies it was posted. */
function serveCreations(...ids: string[]) {
  const posted: unknown[] = [];
  server.use(
    http.post(basePath, async ({ request }) => {
      posted.push(await request.json());
      return HttpResponse.json({ id: ids[posted.length - 1] ?? ids.at(-1) }, { status: 201 });
    }),
  );
  return posted;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('1. the device’s clock never decides a session’s age', () => {
  it('runs an MX session 1 minute old on a device whose clock is 11 minutes fast', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(serverNow.getTime() + 11 * minutes);
    serveMxSession('fresh-mx', 1);
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'fresh-mx' }} {...spies} />);
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledWith(fakePartnerValues.mxUrl));
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('renews an MX session 11 minutes old by the servers’ clock, on a device whose clock is 11 minutes slow', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(serverNow.getTime() - 11 * minutes);
    serveMxSession('stale-mx', 11, fakePartnerValues.mxUrl, {
      renewed: exchangeSessionFixture('mx', { id: 'renewed', mxUrl: 'https://int-widgets.moneydesktop.com/md/connect/RENEWED' }),
    });
    const posted = serveCreations('renewed');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'stale-mx' }} {...spies} />);
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledWith('https://int-widgets.moneydesktop.com/md/connect/RENEWED'));
    expect(posted).toEqual([{ partner: 'mx' }]);
  });

  it('reports an unsafe MX URL as unsafeRedirect whatever the session’s age, and renews nothing', async () => {
    serveMxSession('old-unsafe', 30, 'javascript:alert(document.cookie)');
    const posted = serveCreations('never');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'old-unsafe' }} {...spies} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'unsafeRedirect');
    expect(spies.onError).toHaveBeenCalledTimes(1);
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'unsafeRedirect', sessionId: 'old-unsafe' });
    expect(posted).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});

describe('2. StrictMode creates one session, not two', () => {
  it('renews an expired MX session with exactly one POST under StrictMode', async () => {
    serveMxSession('expired-mx', 12, fakePartnerValues.mxUrl, { renewed: exchangeSessionFixture('mx', { id: 'renewed' }) });
    const posted = serveCreations('renewed');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'expired-mx' }} {...spies} />);
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(posted).toEqual([{ partner: 'mx' }]);
    expect(spies.onEvent.mock.calls.filter(([event]) => event.type === 'sessionRenewed')).toHaveLength(1);
  });
});

describe('3. an app callback that throws never stops the journey', () => {
  it('creates the exchange although onSuccess throws, and reports the throw', async () => {
    installPlaidInJsdom();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    server.use(...exchangeJourneyHandlers());
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new Error('a bug in the app’s onSuccess');
    const onComplete = vi.fn();
    renderStrict(
      <ExchangeSessionLauncher
        source={{ sessionId: fixtureSessionIds.plaid }}
        complete
        onSuccess={() => {
          throw bug;
        }}
        onComplete={onComplete}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
    expect(reported).toHaveBeenCalledWith(bug);
    reported.mockRestore();
  });
});

describe('4. creation and completion are cancelled on unmount', () => {
  it('aborts the signal handed to a backend.create function', async () => {
    const signals: AbortSignal[] = [];
    const create = (_request: ExchangeSessionCreateRequest, { signal }: { signal: AbortSignal }) => {
      signals.push(signal);
      return new Promise<never>(() => undefined);
    };
    const spies = launcherSpies();
    const view = renderStrict(<ExchangeSessionLauncher source={{ create: 'mx' }} {...spies} />, { backend: { create } });
    await waitFor(() => expect(signals).toHaveLength(1));
    expect(signals[0]!.aborted).toBe(false);
    act(() => view.unmount());
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
    expect(spies.onError).not.toHaveBeenCalled();
  });

  // #23: not a completion. Its token is single-use and may have reached Dwolla: the post goes on, and
  // a launcher mounted again for the session follows it instead of posting the token again.
  it('keeps a completion going when its launcher unmounts; one mounted again for the session gets its answer', async () => {
    installPlaidInJsdom();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    const signals: AbortSignal[] = [];
    let answer: (value: { exchangeUrl: string }) => void = () => undefined;
    const complete = (_request: unknown, { signal }: { signal: AbortSignal }) => {
      signals.push(signal);
      return new Promise<{ exchangeUrl: string }>((resolve) => (answer = resolve));
    };
    const view = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete />, { backend: { complete } });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(signals).toHaveLength(1));
    expect(view.container.firstElementChild).toHaveAttribute('data-status', 'completing');
    act(() => view.unmount());
    await act(() => Promise.resolve());
    expect(signals[0]!.aborted).toBe(false);

    const onComplete = vi.fn();
    // The same page: the same client.
    const again = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete onComplete={onComplete} />, { backend: { complete }, queryClient: view.client });
    await waitFor(() => expect(again.container.firstElementChild).toHaveAttribute('data-status', 'completing'));
    act(() => answer({ exchangeUrl: fakeExchangeUrl }));
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
    expect(signals).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('5. nothing is sent while rendering', () => {
  it('sends no request from a render that never commits', () => {
    const fetchSpy = vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined));
    // A render with no commit, in a browser: React's server renderer never runs effects.
    const html = renderToString(
      <ExchangeSessionProvider backend={{ fetch: fetchSpy }}>
        <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid, partner: 'plaid' }} />
      </ExchangeSessionProvider>,
    );
    expect(html).toContain('data-status="loading"');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(document.scripts).toHaveLength(0);
  });
});

describe('6. the screen follows the status', () => {
  it('shows no running Plaid flow once Link succeeded', async () => {
    installPlaidInJsdom();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    const spies = launcherSpies();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} {...spies} />);
    const linkContinue = await screen.findByRole('button', { name: 'Continue' });
    expect(screen.getByText('Plaid is open in a window over this page.')).toBeInTheDocument();
    await userEvent.click(linkContinue);
    await waitFor(() => expect(spies.onSuccess).toHaveBeenCalledTimes(1));
    expect(container.firstElementChild).toHaveAttribute('data-status', 'success');
    expect(screen.queryByText('Plaid is open in a window over this page.')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Bank account linked');
  });
});
