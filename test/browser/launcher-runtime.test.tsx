// #23 in Chromium: the launcher's work outlives React's moves (a Suspense boundary hiding and
// revealing it, StrictMode, a remount), and the keyboard's focus follows each screen change.
import { delay, http, HttpResponse } from 'msw';
import { StrictMode, Suspense, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher } from '../../src';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { fakeExchangeUrl } from '../../src/testing/fake-journey-values';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';
import '../../src/styles.css';

const { worker } = startWorker();
const basePath = '/api/exchange-sessions';

/** A promise and the function that settles it: an explicit signal a test waits on or gives. */
function signal<T = void>() {
  let give!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (give = resolve));
  return { promise, give };
}

/** The completion route, answered only when the test says so; every POST counted as it arrives. */
function holdCompletions() {
  const posts: unknown[] = [];
  const answers: ReturnType<typeof signal<void>>[] = [];
  const arrived = [signal(), signal(), signal()];
  worker.use(
    http.post(`${basePath}/:id/exchange`, async ({ request }) => {
      const index = posts.push(await request.json()) - 1;
      const answer = (answers[index] = signal());
      arrived[index]?.give();
      await answer.promise;
      return HttpResponse.json({ exchangeUrl: fakeExchangeUrl }, { status: 201 });
    }),
  );
  return { posts, arrived: (index: number) => arrived[index]!.promise, answer: (index: number) => answers[index]!.give() };
}

/** A sibling that suspends while `gate` holds a pending promise: its boundary then hides the launcher. */
const gate: { pending: Promise<void> | undefined } = { pending: undefined };
function MaySuspend({ round }: { round: number }) {
  if (gate.pending) throw gate.pending;
  return <span data-round={round} />;
}

describe('a single-use token is posted once, whatever React does', () => {
  it('survives a Suspense boundary hiding and revealing the launcher while it completes', async () => {
    worker.use(...exchangeSessionHandlers({ sessions: { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') } }), ...partnerScriptHandlers());
    const backend = holdCompletions();
    const onComplete = vi.fn();
    let rerender!: (round: number) => void;
    function App() {
      const [round, setRound] = useState(0);
      rerender = (next) => flushSync(() => setRound(next));
      return (
        <Suspense fallback={<p>Waiting for the page…</p>}>
          <MaySuspend round={round} />
          <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete onComplete={onComplete} />
        </Suspense>
      );
    }
    mount(<App />);
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await backend.arrived(0);

    const revealed = signal();
    gate.pending = revealed.promise;
    rerender(1);
    await expect.element(page.getByText('Waiting for the page…')).toBeVisible();
    gate.pending = undefined;
    revealed.give();
    await expect.element(page.getByText('Waiting for the page…')).not.toBeInTheDocument();

    backend.answer(0);
    await vi.waitFor(() => expect(onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
    expect(backend.posts).toHaveLength(1);
  });
});

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
    // Its institution, its user name, then Connect.
    await userEvent.keyboard('{Tab}{Tab}{Tab}');
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
