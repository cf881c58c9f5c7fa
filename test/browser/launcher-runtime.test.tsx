// #23 in Chromium: the keyboard's focus follows each screen change. (The launcher's work through
// React's moves, a Suspense boundary hiding and revealing it among them, is completion-faults'.)
import { delay, http, HttpResponse } from 'msw';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher } from '../../src';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';
import '../../src/styles.css';

const { worker } = startWorker();
const basePath = '/api/exchange-sessions';

describe('focus follows the screen (WCAG 2.4.3)', () => {
  const focused = () => document.activeElement;
  /** The focus is on a control, not on a live region: a screen reader hears the new screen once, from the region or the control. */
  const notInLiveRegion = () => expect(focused()!.matches('[role="status"], [role="alert"], [aria-live]')).toBe(false);

  it('moves from "Try again" to the next screen’s first control, never to the page’s body', async () => {
    let answers = 0;
    const flaky = () => (++answers <= 4 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 503 }) : HttpResponse.json(exchangeSessionFixture('plaid')));
    worker.use(...exchangeSessionHandlers({ sessions: { flaky } }), ...partnerScriptHandlers());
    mount(<ExchangeSessionLauncher source={{ sessionId: 'flaky' }} plaid={{ open: 'button' }} />);
    await expect.element(page.getByRole('alert')).toBeVisible();
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await expect.element(page.getByRole('button', { name: 'Link your bank account' })).toHaveFocus();
    notInLiveRegion();
  });

  it('moves to the alert’s "Try again" when a step the user started fails', async () => {
    const mxUrl = `${location.origin}${fakeMxConnectPath}?token=FAKE-mx-token`;
    const sessions = { [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl }) };
    const requests: JourneyRequest[] = [];
    worker.use(
      // First: it answers the completion before the journey's handlers would.
      http.post(`${basePath}/:id/exchange`, async () => {
        await delay(20);
        return HttpResponse.json(dwollaErrorFixtures.server, { status: 503 });
      }),
      ...exchangeSessionHandlers({ sessions }),
      ...exchangeJourneyHandlers({ sessions, onRequest: (request) => requests.push(request) }),
    );
    mount(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ mode: 'embed', allowedHosts: [location.origin] }} complete />);
    // The keyboard goes into MX's frame, and connects there.
    const frame = page.frameLocator(page.getByTitle(/MX Connect/));
    await expect.element(frame.getByRole('button', { name: 'Connect' })).toBeVisible();
    // Its search, its institution, its user name and password, then Connect.
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}');
    await expect.element(frame.getByRole('button', { name: 'Connect' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    // The frame had the focus and is gone: the picker's first account takes it.
    await expect.element(page.getByRole('radio', { name: 'MX Bank Checking ••1111' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Link account' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('alert')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Try again' })).toHaveFocus();
    notInLiveRegion();
  });

  it('leaves the focus alone when the user is elsewhere on the page', async () => {
    worker.use(...exchangeSessionHandlers({ sessions: { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') } }), ...partnerScriptHandlers());
    function Page({ children }: { children: ReactNode }) {
      return (
        <StrictMode>
          <input aria-label="Search the app" />
          {children}
        </StrictMode>
      );
    }
    mount(
      <Page>
        <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} plaid={{ open: 'button' }} />
      </Page>,
    );
    await userEvent.click(page.getByRole('textbox', { name: 'Search the app' }));
    await expect.element(page.getByRole('button', { name: 'Link your bank account' })).toBeEnabled();
    await expect.element(page.getByRole('textbox', { name: 'Search the app' })).toHaveFocus();
  });
});
