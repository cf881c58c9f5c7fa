// The default UI by keyboard alone, through Chromium's real input pipeline: the account picker
// (Tab, arrow keys, Tab, Enter) and an error's "Try again" (Tab, Enter). No click anywhere.
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, ExchangeSessionProvider } from '../../src';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { fakeAvailableConnections } from '../../src/testing/fake-journey-values';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';
// The styled UI: its focus ring is what a keyboard user follows.
import '../../src/styles.css';

const { worker } = startWorker();
const mxUrl = `${location.origin}${fakeMxConnectPath}?token=FAKE-mx-token`;
const [checking, savings] = fakeAvailableConnections;

/** Where the keyboard's focus is, as a user would name it. */
const focused = () => document.activeElement;

describe('the default UI by keyboard alone', () => {
  it('picker: Tab reaches the first account, arrows move the choice, Tab reaches "Link account", Enter links the chosen one', async () => {
    const sessions = { [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl }) };
    const requests: JourneyRequest[] = [];
    worker.use(...exchangeSessionHandlers({ sessions }), ...exchangeJourneyHandlers({ sessions, onRequest: (request) => requests.push(request) }));
    const onComplete = vi.fn();
    mount(
      <ExchangeSessionProvider>
        <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ mode: 'embed', allowedHosts: [location.origin] }} complete onComplete={onComplete} />
      </ExchangeSessionProvider>,
    );
    // The member connects inside MX's page (the frame is MX's, not what this test is about).
    const frame = page.frameLocator(page.getByTitle(/MX Connect/));
    await userEvent.click(frame.getByRole('button', { name: 'Connect' }));
    const picker = page.getByRole('group', { name: 'Choose the account to link' });
    await expect.element(picker).toBeVisible();
    await expect.element(page.getByRole('radio', { name: checking!.name })).toBeVisible();
    (document.activeElement as HTMLElement | null)?.blur();

    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('radio', { name: checking!.name })).toHaveFocus();
    // The focused account shows it: its option (or the radio itself) carries the focus ring.
    const option = focused()!.closest<HTMLElement>('[data-part="picker-option"]')!;
    expect([getComputedStyle(option).outlineStyle, getComputedStyle(focused()!).outlineStyle]).not.toEqual(['none', 'none']);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('radio', { name: savings!.name })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: savings!.name })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(page.getByRole('radio', { name: checking!.name })).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Tab}');
    const submit = page.getByRole('button', { name: 'Link account' });
    await expect.element(submit).toHaveFocus();
    // Focus shows where it is: a visible outline on the focused control.
    expect(getComputedStyle(focused()!).outlineStyle).not.toBe('none');
    await userEvent.keyboard('{Enter}');

    await vi.waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const exchange = requests.filter(({ route }) => route === 'complete');
    expect(exchange).toHaveLength(1);
    expect(exchange[0]!.body).toMatchObject({ availableConnectionToken: savings!.availableConnectionToken });
    await expect.element(page.getByRole('status')).toBeVisible();
  });

  it('error: Tab reaches "Try again", Enter retries, and the launcher leaves the error', async () => {
    let answers = 0;
    // The backend fails until the user asks again: 503 for the first attempts (retried), then the session.
    const flaky = () => (++answers <= 4 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 503 }) : HttpResponse.json(exchangeSessionFixture('plaid')));
    worker.use(...exchangeSessionHandlers({ sessions: { flaky } }), ...partnerScriptHandlers());
    const onRedirect = vi.fn();
    const { container } = mount(<ExchangeSessionLauncher source={{ sessionId: 'flaky' }} plaid={{ open: 'button' }} onRedirect={onRedirect} />);
    await expect.element(page.getByRole('alert')).toBeVisible();
    const root = () => container.querySelector('[data-part="root"]');
    expect(root()).toHaveAttribute('data-status', 'error');

    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Try again' })).toHaveFocus();
    expect(getComputedStyle(focused()!).outlineStyle).not.toBe('none');
    await userEvent.keyboard('{Enter}');

    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Link your bank account' })).toBeEnabled();
    expect(root()).toHaveAttribute('data-status', 'ready');
    expect(answers).toBe(5);
  });
});
