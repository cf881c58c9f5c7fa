// The default UI in every state a user can meet, reached through the real provider and launcher
// with the backend and the partners faked at the network edge; each state pictured light and dark,
// in English and Spanish, at a phone's and a desktop's width, and checked with axe in both themes.
// Baselines: __screenshots__/ beside this file; `npm run test:screenshots:update` retakes them.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { ExchangeSessionLauncher, type ExchangeSessionLauncherProps } from '../../../src';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../../src/testing/exchange-session-handlers';
import type { AvailableExchangeConnection } from '../../../src/core/exchange/exchange-token';
import { fakeExchangeUrl } from '../../../src/testing/fake-journey-values';
import { fakeMxConnectPath } from '../../../src/testing/fake-mx-connect';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../../src/testing/partner-script-handlers';
import { startWorker } from '../support';
import { expectLooks, launcherRoot, locales, stage, visualSuite, type Locale } from './harness';

const { worker } = startWorker();
visualSuite('default-ui.test.tsx');

const basePath = '/api/exchange-sessions';
const mxUrl = `${location.origin}${fakeMxConnectPath}?token=FAKE-mx-token`;
const mxLocal = { allowedHosts: [location.origin] };
const ids = { held: 'held-session', forbidden: 'forbidden', server: 'server-error', html: 'html-login-page' } as const;

/** Answers the backend keeps to itself until the test is over, then lets go of. */
const held: Array<() => void> = [];
function hold(): Promise<Response> {
  return new Promise((resolve) => held.push(() => resolve(HttpResponse.json({ code: 'ServerError', message: 'Released.' }, { status: 503 }))));
}
afterEach(() => {
  for (const release of held.splice(0)) release();
});

interface Backend {
  onRequest?: (request: JourneyRequest) => void;
  holdExchange?: boolean;
  /** The accounts MX Connect connected, when not the fixtures'. */
  connections?: readonly AvailableExchangeConnection[];
  /** Dwolla refuses the first funding source, naming these fields of the request (the exchange exists). */
  refuse?: string[];
}

function serve({ onRequest, holdExchange = false, connections, refuse }: Backend = {}) {
  const sessions = {
    [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl }),
    [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid'),
    [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout'),
    [ids.held]: () => hold(),
    [ids.forbidden]: () => HttpResponse.json(dwollaErrorFixtures.forbidden, { status: 403 }),
    [ids.server]: () => HttpResponse.json(dwollaErrorFixtures.server, { status: 503 }),
    [ids.html]: () => HttpResponse.html('<!doctype html><title>Sign in</title><h1>Sign in</h1>'),
  };
  const errors = refuse?.map((path) => ({ code: 'Invalid', message: 'Refused.', path }));
  worker.use(
    ...(holdExchange ? [http.post(`${basePath}/:sessionId/exchange`, () => hold())] : []),
    ...(errors
      ? [
          http.post(`${basePath}/:sessionId/exchange`, () =>
            HttpResponse.json({ code: 'ValidationError', message: 'The funding source was refused.', _embedded: { errors }, _links: { about: { href: fakeExchangeUrl } } }, { status: 400 }),
          ),
        ]
      : []),
    ...exchangeSessionHandlers({ sessions }),
    ...exchangeJourneyHandlers({ sessions, ...(onRequest && { onRequest }), ...(connections && { connections }) }),
    ...partnerScriptHandlers(),
  );
}

function launch(props: Omit<ExchangeSessionLauncherProps, 'source'> & { source: ExchangeSessionLauncherProps['source'] }, locale: Locale) {
  return stage(<ExchangeSessionLauncher onRedirect={vi.fn()} {...props} />, { theme: 'light', locale });
}

/** The root's status once it has settled on `status`. */
async function statusIs(status: string) {
  await expect.poll(() => launcherRoot()?.getAttribute('data-status'), { timeout: 5000 }).toBe(status);
}

const part = (name: string) => page.getByTestId('stage').element().querySelector<HTMLElement>(`[data-part="${name}"]`);

/** The fake MX page in the launcher's frame, once loaded. */
async function mxPage(): Promise<Document> {
  const frameDocument = () => (part('mx-frame') as HTMLIFrameElement | null)?.contentDocument;
  await expect.poll(() => frameDocument()?.getElementById('connect'), { timeout: 5000 }).toBeTruthy();
  return frameDocument()!;
}

/** MX Connect embedded, the member connected in the fake MX page: the account picker, loaded. */
async function reachPicker(locale: Locale, options: Backend = {}) {
  serve(options);
  const complete = options.connections || options.refuse ? { fundingSource: true as const } : true;
  const view = launch({ source: { sessionId: fixtureSessionIds.mx }, mx: { ...mxLocal, mode: 'embed' }, complete }, locale);
  (await mxPage()).getElementById('connect')!.click();
  await statusIs('choosing');
  await expect.poll(() => part('picker')?.querySelectorAll('input[type="radio"]').length).toBe(options.connections?.length ?? 2);
  return view;
}

/** Chooses the first account and submits, as the keyboard test does by key presses. */
function chooseFirstAccount() {
  part('picker')!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
  part('picker-submit')!.click();
}

/** Checkout.com Flow paid (the fake Flow approves any card): the card's billing-details step. */
async function reachBilling(locale: Locale, options: Backend = {}) {
  const view = await payWithCard(locale, { fundingSource: true }, options);
  await statusIs('billing');
  await expect.poll(() => part('billing')).toBeTruthy();
  return view;
}

/** Checkout.com Flow paid with a Visa ending 4242 (the fake Flow approves any card). */
async function payWithCard(locale: Locale, complete: ExchangeSessionLauncherProps['complete'], options: Backend = {}) {
  serve(options);
  const view = launch(
    {
      source: { sessionId: fixtureSessionIds.checkout },
      checkout: { publicKey: 'pk_sbox_fake0000000000000000000000', environment: 'sandbox' },
      complete,
    },
    locale,
  );
  const flow = () => page.getByTestId('stage').element().querySelector<HTMLFormElement>('form[aria-label^="Debit card"]');
  await expect.poll(flow, { timeout: 5000 }).toBeTruthy();
  const number = flow()!.querySelector<HTMLInputElement>('input[autocomplete="cc-number"]')!;
  number.value = '4242 4242 4242 4242';
  flow()!.requestSubmit();
  return view;
}

describe.each(locales)('the default UI in %s', (locale) => {
  it('loading: the backend has not answered; the spinner stands still under reduced motion', async () => {
    serve();
    const view = launch({ source: { sessionId: ids.held } }, locale);
    await statusIs('loading');
    await expect.element(page.getByRole('status')).toBeVisible();
    expect(part('spinner')?.getAnimations().filter((animation) => animation.playState === 'running')).toEqual([]);
    await expectLooks('loading', view);
  });

  it('error, gone: the session does not exist (404)', async () => {
    serve();
    const view = launch({ source: { sessionId: 'no-such-session' } }, locale);
    await statusIs('error');
    await expectLooks('error-gone', view);
  });

  it('error, sign in: the backend refuses this user (403)', async () => {
    serve();
    const view = launch({ source: { sessionId: ids.forbidden } }, locale);
    await statusIs('error');
    await expectLooks('error-sign-in', view);
  });

  it('error, offline: the backend keeps failing (503), with Try again', async () => {
    serve();
    const view = launch({ source: { sessionId: ids.server } }, locale);
    await statusIs('error');
    await expect.element(page.getByTestId('stage').getByRole('button')).toBeVisible();
    await expectLooks('error-offline', view);
  });

  it('error, unavailable: an HTML page instead of a session, without Try again', async () => {
    serve();
    const view = launch({ source: { sessionId: ids.html } }, locale);
    await statusIs('error');
    expect(part('retry-button')).toBeNull();
    await expectLooks('error-unavailable', view);
  });

  it('MX notice: the page is on its way to MX Connect (the navigation intercepted)', async () => {
    serve();
    const onRedirect = vi.fn();
    const view = launch({ source: { sessionId: fixtureSessionIds.mx }, mx: mxLocal, onRedirect }, locale);
    await vi.waitFor(() => expect(onRedirect).toHaveBeenCalledWith(mxUrl));
    await expect.poll(() => part('mx-notice')).toBeTruthy();
    await expectLooks('mx-notice', view);
  });

  it('MX frame: MX Connect embedded (its page painted over: it is MX’s, not ours)', async () => {
    serve();
    const view = launch({ source: { sessionId: fixtureSessionIds.mx }, mx: { ...mxLocal, mode: 'embed' } }, locale);
    await mxPage();
    await expectLooks('mx-frame', view, { mask: () => [page.getByTestId('stage').getByTitle(/MX Connect/)] });
  });

  it('Plaid button: Link opens on a press', async () => {
    serve();
    const view = launch({ source: { sessionId: fixtureSessionIds.plaid }, plaid: { open: 'button' } }, locale);
    await expect.poll(() => part('plaid-button')).toBeTruthy();
    await expect.element(page.getByTestId('stage').getByRole('button')).toBeEnabled();
    await expectLooks('plaid-button', view);
  });

  it('picker: the accounts connected through MX, none chosen yet', async () => {
    const view = await reachPicker(locale);
    await expectLooks('picker', view);
  });

  it('completing: an account chosen, the exchange on its way', async () => {
    const view = await reachPicker(locale, { holdExchange: true });
    chooseFirstAccount();
    await statusIs('completing');
    await expect.poll(() => part('picker')?.getAttribute('aria-busy')).toBe('true');
    await expectLooks('completing', view);
  });

  it('billing: a card’s holder and address, after Checkout.com Flow', async () => {
    const view = await reachBilling(locale);
    await expectLooks('billing', view);
  });

  it('billing, errors: sent empty, each problem under its field', async () => {
    const view = await reachBilling(locale);
    part('billing-submit')!.click();
    await expect.poll(() => part('billing')?.querySelectorAll('[data-part="billing-error"]').length).toBe(6);
    await expectLooks('billing-errors', view);
  });

  it('picker, nothing chosen: Link account pressed first says what is missing', async () => {
    const view = await reachPicker(locale);
    part('picker-submit')!.click();
    await expect.poll(() => part('picker-error')).toBeTruthy();
    await expectLooks('picker-unchosen', view);
  });

  it('picker, account type: a name that says neither checking nor savings is asked about', async () => {
    const view = await reachPicker(locale, { connections: [{ availableConnectionToken: 'fake-money-market', name: 'Money Market ••5678' }] });
    chooseFirstAccount();
    await expect.poll(() => part('picker-account-type')).toBeTruthy();
    await expectLooks('picker-account-type', view);
  });

  it('picker, refused: Dwolla refused the account’s funding source; the picker again, with what happened', async () => {
    const view = await reachPicker(locale, { refuse: ['/fundingSource/bankAccountType'] });
    chooseFirstAccount();
    await statusIs('choosing');
    await expect.poll(() => part('error')).toBeTruthy();
    await expectLooks('picker-refused', view);
  });

  it('billing, refused: Dwolla refused the card’s ZIP code; the form again, the field marked', async () => {
    const view = await reachBilling(locale, { refuse: ['/fundingSource/cardDetails/billingAddress/postalCode'] });
    const form = part('billing') as HTMLFormElement;
    for (const [name, value] of Object.entries({ firstName: 'Fake', lastName: 'Holder', address1: '1 Fake Street', city: 'Des Moines', stateProvinceRegion: 'IA', postalCode: '00000' })) {
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = value;
    }
    part('billing-submit')!.click();
    await expect.poll(() => part('error')).toBeTruthy();
    await statusIs('billing');
    await expectLooks('billing-refused', view);
  });

  it('linked, a card: the exchange is made from Flow’s payment, the card named as its tokenization reported it', async () => {
    const view = await payWithCard(locale, true);
    await statusIs('complete');
    await expect.poll(() => part('linked-name')?.textContent).toBe(locale === 'en' ? 'Visa debit ••4242' : 'Visa débito ••4242');
    await expectLooks('linked-card', view);
  });

  it('linked: the exchange is made', async () => {
    const requests: JourneyRequest[] = [];
    const view = await reachPicker(locale, { onRequest: (request) => requests.push(request) });
    chooseFirstAccount();
    await statusIs('complete');
    await expect.poll(() => part('linked')).toBeTruthy();
    expect(requests.filter(({ route }) => route === 'complete')).toHaveLength(1);
    await expectLooks('linked', view);
  });
});
