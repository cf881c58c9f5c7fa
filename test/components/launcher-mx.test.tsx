import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher, type MxConfig } from '../../src';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { eventNames, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';

const id = fixtureSessionIds.mx;

function launch(mxUrl: string, mx: MxConfig = {}) {
  serveSessions({ [id]: exchangeSessionFixture('mx', { mxUrl }) });
  const spies = launcherSpies();
  const view = renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} mx={mx} {...spies} />);
  return { spies, view };
}

describe('<ExchangeSessionLauncher> with an MX session, redirect mode', () => {
  it('redirects once under StrictMode through onRedirect, with a fallback link', async () => {
    const { spies } = launch(fakePartnerValues.mxUrl);
    expect(await screen.findByText(/Taking you to MX/)).toHaveTextContent('Taking you to MX to link your bank account… Continue to MX Connect');
    expect(screen.getByRole('link', { name: 'Continue to MX Connect' })).toHaveAttribute('href', fakePartnerValues.mxUrl);
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(spies.onRedirect).toHaveBeenCalledWith(fakePartnerValues.mxUrl);
    expect(eventNames(spies.onEvent)).toEqual(['sessionLoaded', 'redirect']);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://int-widgets.moneydesktop.com/md/connect/fake'],
    ['a foreign host', 'https://evil.example/md/connect/fake'],
    ['a look-alike host', 'https://widgets.moneydesktop.com.evil.example/connect'],
    ['a suffix look-alike', 'https://evilmx.com/connect'],
    ['credentials in the URL', 'https://user:pass@widgets.moneydesktop.com/connect'],
    ['not a URL', 'widgets.moneydesktop.com/connect'],
  ])('refuses %s as unsafeRedirect, before using it', async (_label, mxUrl) => {
    const { spies } = launch(mxUrl);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'unsafeRedirect');
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0].code).toBe('unsafeRedirect');
    expect(spies.onRedirect).not.toHaveBeenCalled();
    expect(document.querySelector('iframe, a[href]')).toBeNull();
  });

  it('keeps MX’s session token out of the error message', async () => {
    const { spies } = launch('https://evil.example/md/connect/SECRET-TOKEN');
    await waitFor(() => expect(spies.onError).toHaveBeenCalled());
    expect(spies.onError.mock.calls[0]![0].message).not.toContain('SECRET-TOKEN');
  });

  it('follows mx.allowedHosts', async () => {
    const { spies } = launch('https://connect.partner-bank.example/mx', { allowedHosts: ['connect.partner-bank.example'] });
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledWith('https://connect.partner-bank.example/mx'));
  });
});

describe('<ExchangeSessionLauncher> with an MX session, embed mode', () => {
  const post = (data: unknown, origin: string, source: MessageEventSource | null) =>
    act(() => window.dispatchEvent(new MessageEvent('message', { data, origin, source })));
  const connected = { mx: true, type: 'mx/connect/memberConnected', metadata: { user_guid: 'USR-1', member_guid: 'MBR-1', session_guid: 'ANS-1' } };

  /** The widget's iframe, once its effects (the `opened` event, the message listener) have run. */
  async function embeddedWidget(onEvent: ReturnType<typeof launcherSpies>['onEvent']) {
    const frame = (await screen.findByTitle('MX Connect: link your bank account')) as HTMLIFrameElement;
    await waitFor(() => expect(eventNames(onEvent)).toContain('opened'));
    return frame;
  }

  it('embeds MX Connect, reports its messages and the connected member once, then shows the success state', async () => {
    const { spies, view } = launch(fakePartnerValues.mxUrl, { mode: 'embed' });
    const frame = await embeddedWidget(spies.onEvent);
    expect(frame.src).toBe(fakePartnerValues.mxUrl);
    const origin = new URL(fakePartnerValues.mxUrl).origin;
    const source = frame.contentWindow;

    post({ mx: true, type: 'mx/connect/loaded', metadata: { user_guid: 'USR-1', session_guid: 'ANS-1', initial_step: 'search' } }, origin, source);
    post(connected, origin, source);
    post(connected, origin, source);

    expect(spies.onSuccess).toHaveBeenCalledTimes(1);
    expect(spies.onSuccess).toHaveBeenCalledWith({ partner: 'mx', sessionId: id, memberGuid: 'MBR-1', userGuid: 'USR-1', sessionGuid: 'ANS-1' });
    // The flow is over: its iframe and listener are gone, so the repeated message reaches nobody.
    expect(eventNames(spies.onEvent)).toEqual(['sessionLoaded', 'opened', 'mx:mx/connect/loaded', 'mx:mx/connect/memberConnected']);
    expect(view.container.firstElementChild).toHaveAttribute('data-status', 'success');
    expect(document.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Bank account linked');
    expect(spies.onRedirect).not.toHaveBeenCalled();
  });

  it('ignores messages from another origin or another window', async () => {
    const { spies } = launch(fakePartnerValues.mxUrl, { mode: 'embed' });
    const frame = await embeddedWidget(spies.onEvent);
    const origin = new URL(fakePartnerValues.mxUrl).origin;

    post(connected, 'https://evil.example', frame.contentWindow);
    post(connected, origin, window);
    post(connected, origin, null);
    post({ ...connected, mx: false }, origin, frame.contentWindow);
    post('not json', origin, frame.contentWindow);

    expect(spies.onSuccess).not.toHaveBeenCalled();
    expect(eventNames(spies.onEvent)).toEqual(['sessionLoaded', 'opened']);
  });

  it('removes its listener and iframe on unmount', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { spies, view } = launch(fakePartnerValues.mxUrl, { mode: 'embed' });
    await embeddedWidget(spies.onEvent);
    const listening = added.mock.calls.filter(([type]) => type === 'message').map(([, listener]) => listener);
    expect(listening).not.toHaveLength(0);
    const stillListening = () => listening.filter((listener) => !removed.mock.calls.some(([type, gone]) => type === 'message' && gone === listener));
    // StrictMode's simulated unmount removed the first listener already; one is live.
    expect(stillListening()).toHaveLength(1);
    act(() => view.unmount());
    expect(stillListening()).toEqual([]);
    expect(document.querySelector('iframe')).toBeNull();
    added.mockRestore();
    removed.mockRestore();
  });
});
