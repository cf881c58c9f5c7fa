// The linked accounts' view in every state a user can meet, through the real provider, view and
// launcher with the backend faked at the network edge; each state pictured light and dark, in
// English and Spanish, at a phone's and a desktop's width, and checked with axe in both themes.
// Baselines: __screenshots__/ beside this file; `npm run test:screenshots:update` retakes them.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LinkedAccounts } from '../../../src';
import { exchangeJourneyHandlers } from '../../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../../src/testing/exchange-session-handlers';
import { fakeLinkedAccounts } from '../../../src/testing/fake-linked-accounts';
import { dwollaErrorFixtures, exchangeSessionFixture } from '../../../src/testing/fixtures';
import { linkedAccountsHandlers } from '../../../src/testing/linked-accounts-handlers';
import { partnerScriptHandlers } from '../../../src/testing/partner-script-handlers';
import { startWorker } from '../support';
import { expectLooks, locales, stage, visualSuite, type Locale } from './harness';

const { worker } = startWorker();
visualSuite('linked-accounts.test.tsx');

const basePath = '/api/exchange-sessions';
const reauthSessionId = 'fa4e0001-0000-4000-8000-0000000000r3';
const card = fakeLinkedAccounts[2]!.fundingSources[0]!;

/** Answers the backend keeps to itself until the test is over, then lets go of. */
const held: Array<() => void> = [];
function hold(): Promise<Response> {
  return new Promise((resolve) => held.push(() => resolve(HttpResponse.json({ code: 'ServerError', message: 'Released.' }, { status: 503 }))));
}
afterEach(() => {
  for (const release of held.splice(0)) release();
});

function serve({ list, remove }: { list?: () => Response | Promise<Response>; remove?: () => Response | Promise<Response> } = {}) {
  const sessions = { [reauthSessionId]: exchangeSessionFixture('plaid', { id: reauthSessionId }) };
  worker.use(
    ...(list ? [http.get(`${basePath}/linked`, list)] : []),
    ...(remove ? [http.post(`${basePath}/linked/:id/remove`, remove)] : []),
    ...linkedAccountsHandlers(),
    ...exchangeSessionHandlers({ sessions }),
    ...exchangeJourneyHandlers({ sessions, reauthSessionId }),
    ...partnerScriptHandlers(),
  );
}

/** The view on the stage; Plaid Link opens on a press, so that a reconnection in place can be pictured. */
function show(locale: Locale) {
  return stage(<LinkedAccounts />, { theme: 'light', locale }, { plaid: { open: 'button' } }, '[data-part="linked-accounts"]');
}

const part = (name: string) => page.getByTestId('stage').element().querySelector<HTMLElement>(`[data-part="${name}"]`);
const statusIs = (status: string) => expect.poll(() => part('linked-accounts')?.getAttribute('data-status'), { timeout: 5000 }).toBe(status);

/** The card's row, its confirmation open. */
async function confirmCard() {
  await expect.poll(() => document.querySelectorAll('[data-part="linked-account-remove"]').length, { timeout: 5000 }).toBe(4);
  document.querySelector<HTMLElement>(`[data-funding-source-id="${card.id}"]`)!.click();
  await expect.poll(() => part('linked-account-confirm')).toBeTruthy();
}

describe.each(locales)('the linked accounts in %s', (locale) => {
  it('loading: the backend has not answered; the spinner stands still under reduced motion', async () => {
    serve({ list: hold });
    const view = show(locale);
    await statusIs('loading');
    expect(part('spinner')?.getAnimations().filter((animation) => animation.playState === 'running')).toEqual([]);
    await expectLooks('linked-loading', view);
  });

  it('empty: no account linked yet', async () => {
    serve({ list: () => HttpResponse.json({ accounts: [] }) });
    const view = show(locale);
    await statusIs('empty');
    await expectLooks('linked-empty', view);
  });

  it('error: the backend keeps failing (502), with Try again', async () => {
    serve({ list: () => HttpResponse.json(dwollaErrorFixtures.server, { status: 502 }) });
    const view = show(locale);
    await statusIs('error');
    await expect.poll(() => part('retry-button')).toBeTruthy();
    await expectLooks('linked-error', view);
  });

  it('list: an account in use, one that needs reconnecting, a card, a deactivated account', async () => {
    serve();
    const view = show(locale);
    await statusIs('ready');
    expect(page.getByTestId('stage').element().querySelectorAll('[data-part="linked-account"]')).toHaveLength(4);
    await expectLooks('linked-list', view);
  });

  it('confirm: the card’s removal asked for', async () => {
    serve();
    const view = show(locale);
    await confirmCard();
    await expectLooks('linked-confirm', view);
  });

  it('removing: the removal on its way', async () => {
    serve({ remove: hold });
    const view = show(locale);
    await confirmCard();
    part('linked-account-confirm-remove')!.click();
    await expect.poll(() => part('linked-account-confirm-remove')?.getAttribute('aria-disabled')).toBe('true');
    await expectLooks('linked-removing', view);
  });

  it('remove failed: Dwolla failed (502), said in the confirmation', async () => {
    serve({ remove: () => HttpResponse.json(dwollaErrorFixtures.server, { status: 502 }) });
    const view = show(locale);
    await confirmCard();
    part('linked-account-confirm-remove')!.click();
    await expect.poll(() => part('linked-account-confirm')?.querySelector('[data-part="error"]')).toBeTruthy();
    await expectLooks('linked-remove-failed', view);
  });

  it('removed: the card gone, and said so', async () => {
    serve();
    const view = show(locale);
    await confirmCard();
    part('linked-account-confirm-remove')!.click();
    await expect.poll(() => part('linked-accounts-status')?.textContent).toContain(card.name);
    expect(page.getByTestId('stage').element().querySelectorAll('[data-part="linked-account"]')).toHaveLength(3);
    await expectLooks('linked-removed', view);
  });

  it('reconnect: the launcher in place, for the account that needs it', async () => {
    serve();
    const view = show(locale);
    await expect.poll(() => part('linked-account-reconnect'), { timeout: 5000 }).toBeTruthy();
    part('linked-account-reconnect')!.click();
    await expect.poll(() => part('linked-account-launcher')?.querySelector('[data-part="plaid-button"]'), { timeout: 5000 }).toBeTruthy();
    await expectLooks('linked-reconnect', view);
  });
});
