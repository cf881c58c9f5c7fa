import type { Meta } from '@storybook/react-vite';
import { HttpResponse, type HttpHandler } from 'msw';
import { fn } from 'storybook/test';
import type { ExchangeSessionLauncher, ExchangePartner } from '../../src';
import { exchangeJourneyHandlers } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers, type MockSessionAnswer } from '../../src/testing/exchange-session-handlers';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';
import { fakeInstitutionDownLinkToken, fakeInvalidLinkToken } from '../../src/testing/fake-plaid';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers, type PartnerScriptHandlersOptions } from '../../src/testing/partner-script-handlers';

/** The fake MX Connect page the Storybook dev server serves; stories allow it with `allowedHosts`. */
export const fakeMxUrl = () => `${location.origin}${fakeMxConnectPath}?token=FAKE-mx-token`;

/** The session ids of the state stories, each answered in its own way by the mock backend. */
export const stateIds = {
  slow: 'slow-backend',
  forbidden: 'forbidden',
  unauthorized: 'unauthorized',
  validation: 'validation-error',
  rateLimited: 'rate-limited',
  serverThenOk: 'server-error-then-ok',
  network: 'network-failure',
  malformed: 'malformed-json',
  html: 'html-login-page',
  unknownPartner: 'unknown-partner',
  unsafeMx: 'unsafe-mx-url',
  productionCheckout: 'production-checkout',
  institutionDown: 'plaid-institution-down',
  spentPlaid: 'spent-plaid-token',
} as const;

function stateAnswers(): Record<string, MockSessionAnswer> {
  const { externalProviderSessionToken: _token, ...finicity } = exchangeSessionFixture('plaid');
  let serverAnswers = 0;
  return {
    [stateIds.slow]: () => new Promise<Response>(() => {}),
    [stateIds.forbidden]: () => HttpResponse.json(dwollaErrorFixtures.forbidden, { status: 403 }),
    [stateIds.unauthorized]: () => HttpResponse.json(dwollaErrorFixtures.unauthorized, { status: 401 }),
    [stateIds.validation]: () => HttpResponse.json(dwollaErrorFixtures.validation, { status: 400 }),
    [stateIds.rateLimited]: () => HttpResponse.json({ code: 'TooManyRequests', message: 'Slow down.' }, { status: 429 }),
    [stateIds.serverThenOk]: () =>
      ++serverAnswers <= 4
        ? HttpResponse.json(dwollaErrorFixtures.server, { status: 500 })
        : HttpResponse.json(exchangeSessionFixture('mx', { mxUrl: fakeMxUrl() })),
    [stateIds.network]: () => HttpResponse.error(),
    [stateIds.malformed]: () => new HttpResponse('{"created": "2026-11-', { headers: { 'Content-Type': 'application/json' } }),
    [stateIds.html]: () => HttpResponse.html('<!doctype html><title>Sign in</title><h1>Sign in</h1>'),
    [stateIds.unknownPartner]: finicity,
    [stateIds.unsafeMx]: exchangeSessionFixture('mx', { mxUrl: 'javascript:alert(document.cookie)' }),
    [stateIds.productionCheckout]: exchangeSessionFixture('checkout', { environment: 'production' }),
    [stateIds.spentPlaid]: { ...exchangeSessionFixture('plaid', { id: stateIds.spentPlaid }), externalProviderSessionToken: fakeInvalidLinkToken },
    [stateIds.institutionDown]: { ...exchangeSessionFixture('plaid'), externalProviderSessionToken: fakeInstitutionDownLinkToken },
  };
}

/** Options of {@link storyBackend}. */
export interface StoryBackendOptions {
  /** Milliseconds the backend waits before answering. */
  delay?: number;
  scripts?: PartnerScriptHandlersOptions;
}

/**
 * The mock backend of every story: one session per partner, the state sessions above, the
 * journey routes (create, MX accounts, complete), and the fake partner scripts at the partners'
 * CDN URLs.
 */
export function storyBackend({ delay = 150, scripts }: StoryBackendOptions = {}): HttpHandler[] {
  const sessions: Record<string, MockSessionAnswer> = {
    ...Object.fromEntries(
      (Object.keys(fixtureSessionIds) as ExchangePartner[]).map((partner) => [
        fixtureSessionIds[partner],
        exchangeSessionFixture(partner, { mxUrl: fakeMxUrl() }),
      ]),
    ),
    ...stateAnswers(),
  };
  return [
    ...exchangeJourneyHandlers({ delay }),
    ...exchangeSessionHandlers({ sessions, delay }),
    ...partnerScriptHandlers(scripts),
  ];
}

/**
 * Every launcher callback as an Actions-panel spy. No backend setting: the stories' mock backend
 * serves the default routes under `/api/exchange-sessions`, which is where the library looks.
 */
export function launcherArgs() {
  return {
    onComplete: fn(),
    onSuccess: fn(),
    onExit: fn(),
    onError: fn(),
    onEvent: fn(),
    onRedirect: fn(),
  };
}

const category = (name: string) => ({ table: { category: name } });

/** The launcher's props in the args table, grouped, with a control for each that takes data. */
export const launcherArgTypes = {
  source: {
    control: 'object',
    description: 'Where the session comes from: `{ sessionId, partner? }`, `{ create: partner }`, `{ reauthenticate, partner? }` or `{ resume: true, maxAgeMs? }`.',
    ...category('Source'),
  },
  onSuccess: category('Callbacks'),
  onExit: category('Callbacks'),
  onError: category('Callbacks'),
  onEvent: category('Callbacks'),
  onRedirect: category('Callbacks'),
  onComplete: category('Callbacks'),
  complete: { control: 'object', ...category('Completion') },
  renderLoading: { control: false, ...category('Slots') },
  renderError: { control: false, ...category('Slots') },
  renderComplete: { control: false, ...category('Slots') },
  mx: { control: 'object', ...category('Partner settings') },
  plaid: { control: 'object', ...category('Partner settings') },
  checkout: { control: 'object', ...category('Partner settings') },
  className: { control: 'text', ...category('Styling') },
} satisfies Meta<typeof ExchangeSessionLauncher>['argTypes'];
