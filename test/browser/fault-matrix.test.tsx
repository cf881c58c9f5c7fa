// The fault matrix: each fault ends in a typed error or a recovery, under StrictMode, leaving no
// iframe, dialog, form, stray script tag, message listener or console error. Independent of their
// order: a partner script that fails before it ever loaded needs a page of its own
// (partner-script-failure.test.tsx, partner-script-timeout.test.tsx).
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeEach, describe, expect, it, onTestFinished, vi, type MockInstance } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { QueryClient } from '@tanstack/react-query';
import { ExchangeSessionLauncher, ExchangeSessionProvider, type ExchangeBackend, type ExchangeSessionLauncherProps } from '../../src';
import { exchangeSessionQueryKey } from '../../src/core';
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { fakeDeclinedCard } from '../../src/testing/fake-checkout';
import { fakeInvalidLinkToken, type FakePlaidLog } from '../../src/testing/fake-plaid';
import { dwollaErrorFixtures, exchangeSessionFixture } from '../../src/testing/fixtures';
import { partnerScriptHandlers, type PartnerScriptHandlersOptions } from '../../src/testing/partner-script-handlers';
import { mount, scriptsFrom, startWorker, trackMessageListeners } from './support';

const { worker } = startWorker();
const basePath = '/api/exchange-sessions';
const publicKey = 'pk_sbox_fake0000000000000000000000';
const mxUrl = `${location.origin}/__fakes__/mx-connect.html?token=FAKE`;

let consoleError: MockInstance;
let listeners: ReturnType<typeof trackMessageListeners>;
const matrix: Array<[string, string]> = [];
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
  listeners = trackMessageListeners();
  onTestFinished(({ task }) => void matrix.push([task.name, task.result?.state ?? 'not run']));
});

/** After each scenario, and its unmount: nothing of the launcher may be left behind. */
afterEach(() => {
  expect(document.querySelectorAll('iframe, [role="dialog"], form')).toHaveLength(0);
  expect(scriptsFrom(plaidScriptUrl).length).toBeLessThanOrEqual(1);
  expect(scriptsFrom(checkoutScriptUrl).length).toBeLessThanOrEqual(1);
  expect(listeners.count()).toBe(0);
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

afterAll(() => {
  const passed = matrix.filter(([, state]) => state === 'pass').length;
  console.log(['| fault | result |', '|---|---|', ...matrix.map(([name, state]) => `| ${name} | ${state} |`), `fault matrix: ${passed} passed, ${matrix.length - passed} failed`].join('\n'));
});

function serve(answer: object | (() => Response | Promise<Response>), scripts: PartnerScriptHandlersOptions = {}) {
  worker.resetHandlers();
  worker.use(...exchangeSessionHandlers({ sessions: { fault: answer } }), ...partnerScriptHandlers(scripts));
}

/** How many observers (launchers, hooks) follow the session's query. */
function observersOf(client: QueryClient, sessionId: string): number | undefined {
  return client.getQueryCache().find({ queryKey: exchangeSessionQueryKey(sessionId) })?.getObserversCount();
}

const launcherCallbacks = () => ({ onSuccess: vi.fn(), onError: vi.fn(), onExit: vi.fn(), onEvent: vi.fn(), onRedirect: vi.fn() });

function launch(props: Partial<ExchangeSessionLauncherProps> = {}, backend: ExchangeBackend = {}) {
  const spies = launcherCallbacks();
  const view = mount(
    <ExchangeSessionProvider backend={backend}>
      <ExchangeSessionLauncher source={{ sessionId: 'fault' }} mx={{ allowedHosts: [location.origin] }} {...spies} {...props} />
    </ExchangeSessionProvider>,
  );
  return { spies, ...view };
}

async function expectError(spies: { onError: ReturnType<typeof vi.fn> }, code: string) {
  await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', code);
  await vi.waitFor(() => expect(spies.onError).toHaveBeenCalledWith(expect.objectContaining({ code })));
  expect(spies.onError).toHaveBeenCalledTimes(1);
}

describe('fault matrix', () => {
  it('offline: network error after retries', async () => {
    serve(() => HttpResponse.error());
    const { spies, unmount } = launch();
    await expectError(spies, 'network');
    unmount();
  });

  it('5xx, then recovery through "Try again"', async () => {
    let answers = 0;
    serve(() => (++answers <= 4 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 503 }) : HttpResponse.json(exchangeSessionFixture('mx', { mxUrl }))));
    const { spies, unmount } = launch();
    await expectError(spies, 'server');
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(spies.onRedirect).toHaveBeenCalledWith(mxUrl));
    unmount();
  });

  it('4xx: 404 and 403 are typed and not retried', async () => {
    let requests = 0;
    serve(() => (++requests, HttpResponse.json(dwollaErrorFixtures.notFound, { status: 404 })));
    const first = launch();
    await expectError(first.spies, 'notFound');
    expect(requests).toBe(1);
    first.unmount();
    serve(() => HttpResponse.json(dwollaErrorFixtures.forbidden, { status: 403 }));
    const second = launch();
    await expectError(second.spies, 'forbidden');
    second.unmount();
  });

  it('an HTML body: invalidResponse', async () => {
    serve(() => HttpResponse.html('<!doctype html><title>Sign in</title>'));
    const { spies, unmount } = launch();
    await expectError(spies, 'invalidResponse');
    unmount();
  });

  it('a slow backend: unmounting aborts the request, and nothing is reported', async () => {
    worker.resetHandlers();
    worker.use(http.get(`${basePath}/fault`, () => new Promise<Response>(() => {})));
    const signals: AbortSignal[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    };
    const { spies, unmount, client } = launch({}, { fetch: recordingFetch });
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    unmount();
    // The launcher let go of the session's query, and the request nobody waits for is aborted.
    await vi.waitFor(() => expect(signals[0]!.aborted).toBe(true));
    expect(observersOf(client, 'fault')).toBe(0);
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('a provider error (card declined): reported, Flow stays', async () => {
    serve(exchangeSessionFixture('checkout'));
    const { spies, unmount } = launch({ checkout: { publicKey } });
    await userEvent.fill(page.getByRole('textbox', { name: 'Card number' }), fakeDeclinedCard);
    await userEvent.click(page.getByRole('button', { name: 'Pay' }));
    await vi.waitFor(() => expect(spies.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'partnerError' })));
    await expect.element(page.getByRole('button', { name: 'Pay' })).toBeVisible();
    unmount();
  });

  it('Plaid INVALID_LINK_TOKEN exit, and its renewal spent too: sessionExpired', async () => {
    // A spent session is always renewed through the create route; here the new one is spent as well.
    const spent = { ...exchangeSessionFixture('plaid'), externalProviderSessionToken: fakeInvalidLinkToken };
    const created: unknown[] = [];
    worker.resetHandlers();
    worker.use(
      ...exchangeSessionHandlers({ sessions: { fault: spent, 'fault-renewed': spent } }),
      ...partnerScriptHandlers(),
      http.post(basePath, async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json({ id: 'fault-renewed' }, { status: 201 });
      }),
    );
    const { spies, unmount } = launch();
    await expectError(spies, 'sessionExpired');
    expect(spies.onError.mock.calls[0]![0].cause).toMatchObject({ code: 'partnerError' });
    expect(created).toEqual([{ partner: 'plaid' }]);
    expect(spies.onExit).not.toHaveBeenCalled();
    unmount();
  });

  it('unmount while Plaid Link is open: Link destroyed, no exit reported', async () => {
    serve(exchangeSessionFixture('plaid'));
    const { spies, unmount } = launch();
    await expect.element(page.getByRole('dialog', { name: /Plaid Link/ })).toBeVisible();
    unmount();
    const plaid = (window as unknown as { __fakePlaid: FakePlaidLog }).__fakePlaid;
    expect(plaid.destroyed).toBe(plaid.created);
    expect(spies.onExit).not.toHaveBeenCalled();
  });

  it('unmount while MX Connect is embedded: iframe and listener gone', async () => {
    serve(exchangeSessionFixture('mx', { mxUrl }));
    const { unmount } = launch({ mx: { mode: 'embed', allowedHosts: [location.origin] } });
    await expect.element(page.getByTitle('MX Connect: link your bank account')).toBeVisible();
    expect(listeners.count()).toBe(1);
    unmount();
  });

  it('unmount right after mount, before anything answered', async () => {
    serve(exchangeSessionFixture('checkout'));
    const signals: AbortSignal[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    };
    const spies = launcherCallbacks();
    const { unmount, client } = mount(
      <ExchangeSessionProvider backend={{ fetch: recordingFetch }}>
        <ExchangeSessionLauncher source={{ sessionId: 'fault' }} checkout={{ publicKey }} {...spies} />
      </ExchangeSessionProvider>,
      { committed: true },
    );
    // The first commit sent the session request, and StrictMode's simulated unmount let it live.
    expect(signals).toHaveLength(1);
    expect(observersOf(client, 'fault')).toBe(1);
    unmount();
    // The real unmount, at once: the request is aborted and nothing follows the query any more.
    await vi.waitFor(() => expect(signals[0]!.aborted).toBe(true));
    expect(observersOf(client, 'fault')).toBe(0);
    expect(spies.onEvent).not.toHaveBeenCalled();
    expect(spies.onError).not.toHaveBeenCalled();
  });
});
