// The launcher's machine, React-free: every (state, event) pair, then what each decision depends on.
import { describe, expect, it } from 'vitest';
import type { ExchangeSessionSuccess } from '../../src';
import { ExchangeSessionError, parseExchangeSession } from '../../src/core';
import { initialLauncherState, launcherAnswers, launcherCommand, launcherStatus, transitionLauncher } from '../../src/core/launcher/launcher-machine';
import type {
  Journey,
  LauncherEvent,
  LauncherEventType,
  LauncherSettings,
  LauncherState,
  LauncherStateValue,
} from '../../src/core/launcher/launcher-state';
import { stepsAfterFlow } from '../../src/core/launcher/steps-after-flow';
import { exchangeSessionFixture } from '../../src/testing/fixtures';

const plaidSession = parseExchangeSession(exchangeSessionFixture('plaid', { id: 's1' }));
const mxSession = (mxUrl = 'https://int-widgets.moneydesktop.com/md/connect/FAKE') => parseExchangeSession(exchangeSessionFixture('mx', { id: 'm1', mxUrl }));
const plaidResult: ExchangeSessionSuccess = {
  partner: 'plaid',
  sessionId: 's1',
  publicToken: 'public-sandbox-fake',
  metadata: { institution: null, accounts: [], link_session_id: 'fake' },
};
const fakeCardDetails = {
  firstName: 'Fake',
  lastName: 'Holder',
  billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
};
const serverError = new ExchangeSessionError('server', 'The backend answered 503.');
const settings: LauncherSettings = { complete: true, mxAllowedHosts: undefined, mxLifetimeMs: 600_000, newIdempotencyKey: () => 'fresh-key' };

const journey: Journey = { source: { kind: 'given', sessionId: 's1' }, renewed: false, partner: 'plaid', session: plaidSession };
const creating: LauncherState = {
  source: { kind: 'create', request: { partner: 'plaid' }, partner: 'plaid' },
  renewed: false,
  partner: 'plaid',
  value: 'creating',
  creation: { request: { partner: 'plaid' }, idempotencyKey: 'first-key' },
};

/** One state of each name. */
const states: { [V in LauncherStateValue]: Extract<LauncherState, { value: V }> } = {
  idle: { source: { kind: 'none' }, renewed: false, value: 'idle' },
  resuming: { source: { kind: 'resume' }, renewed: false, value: 'resuming' },
  creating: creating as Extract<LauncherState, { value: 'creating' }>,
  renewing: { ...journey, session: undefined, renewed: true, value: 'renewing', creation: { request: { partner: 'plaid' }, idempotencyKey: 'renewal-key' }, previousSessionId: 's0' },
  loadingSession: { ...journey, session: undefined, value: 'loadingSession', sessionId: 's1', origin: 'given' },
  loadingPartner: { ...journey, value: 'loadingPartner', session: plaidSession },
  open: { ...journey, value: 'open', session: plaidSession, ahead: stepsAfterFlow('plaid', true, false) },
  succeeded: { ...journey, value: 'succeeded', sessionId: 's1' },
  choosing: { ...journey, value: 'choosing', sessionId: 'm1' },
  billing: { ...journey, value: 'billing', sessionId: 'c1', paymentId: 'pay_fake', payment: { id: 'pay_fake', status: 'Approved', type: 'card' } },
  completing: { ...journey, value: 'completing', request: { ...plaidResult } },
  complete: { ...journey, value: 'complete', completion: { reauthenticated: false, exchangeUrl: 'https://api-sandbox.dwolla.com/exchanges/e1' } },
  error: { ...journey, value: 'error', error: serverError, retry: creating },
};

/** One event of each type. */
const events: { [T in LauncherEventType]: Extract<LauncherEvent, { type: T }> } = {
  restart: { type: 'restart', source: { kind: 'given', sessionId: 's9' } },
  resumeRead: { type: 'resumeRead', record: { sessionId: 's1', partner: 'plaid', savedAt: 0 } },
  created: { type: 'created', sessionId: 's2' },
  createFailed: { type: 'createFailed', error: serverError },
  sessionLoaded: { type: 'sessionLoaded', session: plaidSession, ageMs: 1000, partnerReady: false, completing: undefined },
  sessionFailed: { type: 'sessionFailed', error: serverError },
  partnerLoaded: { type: 'partnerLoaded' },
  partnerFailed: { type: 'partnerFailed', error: new ExchangeSessionError('partnerLoadFailed', 'The Plaid Link script failed to load.') },
  flowEvent: { type: 'flowEvent', event: { type: 'opened', partner: 'plaid', sessionId: 's1' } },
  flowRedirect: { type: 'flowRedirect', url: 'https://int-widgets.moneydesktop.com/md/connect/FAKE' },
  flowExited: { type: 'flowExited', info: { partner: 'plaid', sessionId: 's1', error: null, metadata: { institution: null, status: null, link_session_id: 'fake', request_id: 'fake' } } },
  flowError: { type: 'flowError', error: new ExchangeSessionError('partnerError', 'A declined card.') },
  flowFailed: { type: 'flowFailed', error: new ExchangeSessionError('partnerError', 'Flow broke.') },
  flowExpired: { type: 'flowExpired', cause: new ExchangeSessionError('partnerError', 'INVALID_LINK_TOKEN') },
  flowSucceeded: { type: 'flowSucceeded', result: plaidResult },
  connectionChosen: { type: 'connectionChosen', connection: { availableConnectionToken: 'fake-connection', name: 'Checking' }, bankAccountType: undefined },
  billingDetailsGiven: { type: 'billingDetailsGiven', cardDetails: fakeCardDetails },
  stepFailed: { type: 'stepFailed', error: new ExchangeSessionError('network', 'The account picker’s code could not be loaded.') },
  completed: { type: 'completed', completion: { reauthenticated: false, exchangeUrl: 'https://api-sandbox.dwolla.com/exchanges/e1' }, first: true },
  completeFailed: { type: 'completeFailed', error: serverError },
  retry: { type: 'retry' },
};

/** Written out by hand, independently of the machine's table: where each answered pair leads. */
const answered: { [V in LauncherStateValue]: Partial<Record<LauncherEventType, LauncherStateValue>> } = {
  idle: {},
  resuming: { resumeRead: 'loadingSession' },
  creating: { created: 'loadingSession', createFailed: 'error' },
  renewing: { created: 'loadingSession', createFailed: 'error' },
  loadingSession: { sessionLoaded: 'loadingPartner', sessionFailed: 'error' },
  loadingPartner: { partnerLoaded: 'open', partnerFailed: 'error' },
  open: { flowEvent: 'open', flowRedirect: 'open', flowExited: 'open', flowError: 'open', flowFailed: 'error', flowExpired: 'renewing', flowSucceeded: 'completing' },
  succeeded: {},
  choosing: { connectionChosen: 'completing', stepFailed: 'error' },
  billing: { billingDetailsGiven: 'completing', stepFailed: 'error' },
  completing: { completed: 'complete', completeFailed: 'error' },
  complete: {},
  error: { retry: 'creating' },
};

const pairs = (Object.keys(states) as LauncherStateValue[]).flatMap((value) => (Object.keys(events) as LauncherEventType[]).map((type) => [value, type] as const));

describe('the launcher machine, pair by pair', () => {
  it.each(pairs)('%s × %s', (value, type) => {
    const state = states[value];
    const next = transitionLauncher(state, events[type], settings);
    if (type === 'restart') {
      expect(next.state).toEqual({ source: { kind: 'given', sessionId: 's9' }, renewed: false, value: 'loadingSession', sessionId: 's9', origin: 'given' });
      return;
    }
    const target = answered[value][type];
    expect(launcherAnswers(value, type)).toBe(target !== undefined);
    if (target === undefined) {
      // Ignored: the very same state, and nothing reported.
      expect(next.state).toBe(state);
      expect(next.outputs).toEqual([]);
    } else {
      expect(next.state.value).toBe(target);
    }
  });

  it('walks all 13 states × 21 events', () => {
    expect(pairs).toHaveLength(13 * 21);
  });
});

describe('status and commands', () => {
  it('answers "what is status?" for every state', () => {
    expect(Object.fromEntries(Object.entries(states).map(([value, state]) => [value, launcherStatus(state)]))).toEqual({
      idle: 'idle',
      resuming: 'loading',
      creating: 'loading',
      renewing: 'loading',
      loadingSession: 'loading',
      loadingPartner: 'loading',
      open: 'ready',
      succeeded: 'success',
      choosing: 'choosing',
      billing: 'billing',
      completing: 'completing',
      complete: 'complete',
      error: 'error',
    });
  });

  it('asks for the work of the states that wait on something, and of no other', () => {
    expect(Object.fromEntries(Object.entries(states).map(([value, state]) => [value, launcherCommand(state)]))).toEqual({
      idle: undefined,
      resuming: { type: 'readResume' },
      creating: { type: 'create', creation: { request: { partner: 'plaid' }, idempotencyKey: 'first-key' } },
      renewing: { type: 'create', creation: { request: { partner: 'plaid' }, idempotencyKey: 'renewal-key' } },
      loadingSession: { type: 'fetchSession', sessionId: 's1' },
      loadingPartner: { type: 'loadPartner', partner: 'plaid' },
      open: undefined,
      succeeded: undefined,
      choosing: undefined,
      billing: undefined,
      completing: { type: 'complete', request: plaidResult },
      complete: undefined,
      error: undefined,
    });
  });
});

describe('where a launcher starts', () => {
  it('starts from its source, preloading the partner it knows', () => {
    expect(initialLauncherState({ kind: 'none' }, settings)).toEqual({ state: { source: { kind: 'none' }, renewed: false, value: 'idle' }, outputs: [] });
    expect(initialLauncherState({ kind: 'given', sessionId: 's1', partner: 'plaid' }, settings)).toEqual({
      state: { source: { kind: 'given', sessionId: 's1', partner: 'plaid' }, renewed: false, partner: 'plaid', value: 'loadingSession', sessionId: 's1', origin: 'given' },
      outputs: [{ type: 'preload', partner: 'plaid' }],
    });
    expect(initialLauncherState({ kind: 'create', request: { exchangeId: 'e1' } }, settings).state).toMatchObject({
      value: 'creating',
      reauthenticating: 'e1',
      creation: { request: { exchangeId: 'e1' }, idempotencyKey: 'fresh-key' },
    });
    expect(initialLauncherState({ kind: 'resume' }, settings).state.value).toBe('resuming');
  });

  it('fails at once, without a retry, for a source that names nothing', () => {
    const error = new ExchangeSessionError('configuration', 'Cannot re-authenticate "".');
    const { state, outputs } = initialLauncherState({ kind: 'invalid', error }, settings);
    expect(state).toMatchObject({ value: 'error', error, retry: undefined });
    expect(outputs).toEqual([{ type: 'error', error }]);
  });
});

describe('what Try again does', () => {
  const errorOf = (state: LauncherState, event: LauncherEvent) => {
    const next = transitionLauncher(state, event, settings).state;
    if (next.value !== 'error') throw new Error(`expected an error state, got ${next.value}`);
    return next;
  };

  it('tries the failed step again, as a fresh state', () => {
    expect(errorOf(states.creating, events.createFailed).retry).toBe(states.creating);
    expect(errorOf(states.loadingSession, events.sessionFailed).retry).toBe(states.loadingSession);
    expect(errorOf(states.loadingPartner, events.partnerFailed).retry).toBe(states.loadingPartner);
    expect(errorOf(states.open, events.flowFailed).retry).toBe(states.open);
  });

  it('posts the completion again, for the funding source alone when the exchange exists', () => {
    const exchangeUrl = 'https://api-sandbox.dwolla.com/exchanges/e1';
    const withFundingSource: LauncherState = { ...journey, value: 'completing', request: { ...plaidResult, fundingSource: { name: 'Checking', bankAccountType: 'checking' } } };
    const fundingFailed = new ExchangeSessionError('server', 'Dwolla is down.', { dwolla: { code: 'ServerError', message: 'down', about: exchangeUrl, errors: [] } });
    expect(errorOf(withFundingSource, { type: 'completeFailed', error: fundingFailed }).retry).toMatchObject({ value: 'completing', request: { exchangeUrl } });
  });

  it('offers no retry where trying again cannot help', () => {
    const unsafe = transitionLauncher(states.loadingSession, { ...events.sessionLoaded, session: mxSession('javascript:alert(1)') }, settings).state;
    expect(unsafe).toMatchObject({ value: 'error', retry: undefined, error: { code: 'unsafeRedirect', sessionId: 'm1' } });
    const badRequest = errorOf(states.creating, { type: 'createFailed', error: new ExchangeSessionError('badRequest', 'No.') });
    expect(badRequest.retry).toBeUndefined();
    expect(transitionLauncher(badRequest, events.retry, settings).state).toBe(badRequest);
  });
});

describe('spent and expired sessions', () => {
  it('renews once: a second expiry is sessionExpired, whose retry creates a fresh session', () => {
    const renewing = transitionLauncher(states.open, events.flowExpired, settings);
    // A new session is a new creation: a fresh key, never the spent session's.
    expect(renewing.state).toEqual({ source: journey.source, renewed: true, partner: 'plaid', value: 'renewing', creation: { request: { partner: 'plaid' }, idempotencyKey: 'fresh-key' }, previousSessionId: 's1' });
    const reloaded = transitionLauncher(renewing.state, events.created, settings);
    expect(reloaded.outputs).toEqual([{ type: 'event', event: { type: 'sessionRenewed', partner: 'plaid', previousSessionId: 's1', sessionId: 's2' } }]);
    const renewedSession = parseExchangeSession(exchangeSessionFixture('plaid', { id: 's2' }));
    const open: LauncherState = { ...reloaded.state, value: 'open', session: renewedSession, ahead: stepsAfterFlow('plaid', true, false) } as LauncherState;
    const again = transitionLauncher(open, events.flowExpired, settings).state;
    expect(again).toMatchObject({ value: 'error', error: { code: 'sessionExpired', message: 'Exchange session s2 is spent or expired, and its renewal is spent too.' } });
    expect(again.value === 'error' && again.retry).toMatchObject({ value: 'creating', creation: { request: { partner: 'plaid' } }, renewed: true });
  });

  it('is sessionExpired, without a retry, when the partner to renew with is unknown', () => {
    const unknown: LauncherState = { source: { kind: 'given', sessionId: 's1' }, renewed: false, value: 'loadingSession', sessionId: 's1', origin: 'created' };
    const { state } = transitionLauncher(unknown, { type: 'sessionFailed', error: new ExchangeSessionError('notFound', 'gone', { status: 404 }) }, settings);
    expect(state).toMatchObject({ value: 'error', retry: undefined, error: { code: 'sessionExpired', message: 'Exchange session s1 is spent or expired, and its partner is unknown.' } });
  });

  it('takes a 404 for a session created or saved here as an expiry, and for a given id as notFound', () => {
    const notFound = { type: 'sessionFailed', error: new ExchangeSessionError('notFound', 'gone', { status: 404 }) } as const;
    expect(transitionLauncher({ ...states.loadingSession, origin: 'created' }, notFound, settings).state.value).toBe('renewing');
    expect(transitionLauncher({ ...states.loadingSession, origin: 'resumed' }, notFound, settings).state.value).toBe('renewing');
    expect(transitionLauncher(states.loadingSession, notFound, settings).state).toMatchObject({ value: 'error', error: { code: 'notFound' } });
  });

  it('judges an MX session’s age by the age the event carries (the servers’ clock), checking its URL first', () => {
    const loaded = (ageMs: number | undefined, mxUrl?: string) =>
      transitionLauncher(states.loadingSession, { type: 'sessionLoaded', session: mxSession(mxUrl), ageMs, partnerReady: true, completing: undefined }, settings).state.value;
    expect(loaded(60_000)).toBe('open');
    expect(loaded(undefined)).toBe('open');
    expect(loaded(600_001)).toBe('renewing');
    expect(loaded(600_001, 'https://evil.example/connect')).toBe('error');
  });
});

/** `states.open`, with the steps that follow a `partner`'s flow for `complete`, as the machine computed them when it opened. */
const openFor = (partner: 'plaid' | 'mx' | 'checkout', complete: LauncherSettings['complete']): LauncherState => ({ ...states.open, ahead: stepsAfterFlow(partner, complete, false) });

/** The journey `states.open` carries, as any next state keeps it. */
const journeyOfOpen = () => ({ source: journey.source, renewed: false, partner: 'plaid', session: plaidSession });

describe('a finished flow', () => {
  it('reports success, forgets the saved session, and, without complete, ends there', () => {
    const { state, outputs } = transitionLauncher(openFor('plaid', undefined), events.flowSucceeded, { ...settings, complete: undefined });
    expect(state).toMatchObject({ value: 'succeeded', sessionId: 's1' });
    expect(outputs).toEqual([{ type: 'clearResume' }, { type: 'success', result: plaidResult }]);
  });

  it('posts a Plaid token with the funding source, and sends MX to the account picker', () => {
    const fundingSource = { name: 'Checking', bankAccountType: 'checking' } as const;
    expect(transitionLauncher(states.open, events.flowSucceeded, { ...settings, complete: { fundingSource } }).state).toMatchObject({
      value: 'completing',
      request: { partner: 'plaid', publicToken: 'public-sandbox-fake', sessionId: 's1', fundingSource },
    });
    const mx = { type: 'flowSucceeded', result: { partner: 'mx', sessionId: 'm1', memberGuid: 'MBR-1', userGuid: 'USR-1' } } as const;
    const choosing = transitionLauncher(states.open, mx, { ...settings, complete: { fundingSource } }).state;
    expect(choosing).toMatchObject({ value: 'choosing', sessionId: 'm1' });
    expect(transitionLauncher(choosing, events.connectionChosen, { ...settings, complete: { fundingSource } }).state).toMatchObject({
      value: 'completing',
      request: { sessionId: 'm1', partner: 'mx', availableConnectionToken: 'fake-connection', fundingSource },
    });
  });

  it('makes the funding source from the user’s choice: the MX account’s name and type, Plaid’s selected account', () => {
    const fromChoice = { ...settings, complete: { fundingSource: true } } as const;
    const savings = { type: 'connectionChosen', connection: { availableConnectionToken: 'fake-savings', name: 'MX Bank Savings ••2222' }, bankAccountType: undefined } as const;
    expect(transitionLauncher(states.choosing, savings, fromChoice).state).toMatchObject({
      request: { availableConnectionToken: 'fake-savings', fundingSource: { name: 'MX Bank Savings ••2222', bankAccountType: 'savings' } },
    });
    expect(transitionLauncher(states.choosing, events.connectionChosen, fromChoice).state).toMatchObject({ request: { fundingSource: { name: 'Checking', bankAccountType: 'checking' } } });

    const account = { id: 'acc-1', name: 'Plaid Saving', mask: '1111', type: 'depository', subtype: 'savings' };
    const linked: LauncherEvent = { type: 'flowSucceeded', result: { ...plaidResult, metadata: { ...plaidResult.metadata, accounts: [account] } } };
    const { state } = transitionLauncher(states.open, linked, fromChoice);
    expect(state).toEqual({
      ...journeyOfOpen(),
      value: 'completing',
      request: { sessionId: 's1', partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource: { name: 'Plaid Saving ••1111', bankAccountType: 'savings' } },
      linked: { kind: 'bankAccount', name: 'Plaid Saving ••1111' },
    });
    expect(transitionLauncher(states.open, events.flowSucceeded, fromChoice).state).toMatchObject({ request: { fundingSource: { name: 'Bank account', bankAccountType: 'checking' } } });
  });

  it('carries what it links to its last screen: the MX account, Link’s account, the card Flow reported; through a failed post and its retry', () => {
    const mxAccount = { availableConnectionToken: 'fake-savings', name: 'MX Bank Savings ••2222' };
    const chosen = transitionLauncher(states.choosing, { type: 'connectionChosen', connection: mxAccount, bankAccountType: undefined }, settings).state;
    expect(chosen).toMatchObject({ value: 'completing', linked: { kind: 'bankAccount', name: 'MX Bank Savings ••2222' } });
    const failed = transitionLauncher(chosen, events.completeFailed, settings).state;
    const retried = transitionLauncher(failed, events.retry, settings).state;
    expect(retried).toMatchObject({ value: 'completing', linked: { kind: 'bankAccount', name: 'MX Bank Savings ••2222' } });
    expect(transitionLauncher(retried, events.completed, settings).state).toMatchObject({ value: 'complete', linked: { kind: 'bankAccount', name: 'MX Bank Savings ••2222' } });

    const card = { scheme: 'Visa', last4: '4242' };
    const checkoutSession = parseExchangeSession(exchangeSessionFixture('checkout', { id: 'c1' }));
    const paid: LauncherEvent = { type: 'flowSucceeded', result: { partner: 'checkout', sessionId: 'c1', paymentId: 'pay_fake', payment: { id: 'pay_fake', status: 'Approved', type: 'card', card } } };
    const openCheckout = (complete: LauncherSettings['complete']): LauncherState => ({ ...journey, partner: 'checkout', value: 'open', session: checkoutSession, ahead: stepsAfterFlow('checkout', complete, false) });
    expect(transitionLauncher(openCheckout(true), paid, settings).state).toMatchObject({ value: 'completing', linked: { kind: 'card', card } });
    const fromChoice = { ...settings, complete: { fundingSource: true } } as const;
    const billing = transitionLauncher(openCheckout(fromChoice.complete), paid, fromChoice).state;
    expect(billing).toMatchObject({ value: 'billing' });
    expect(transitionLauncher(billing, events.billingDetailsGiven, fromChoice).state).toMatchObject({ value: 'completing', linked: { kind: 'card', card } });
    // Flow that reported no card: the screen says a card was linked, without naming it.
    expect(transitionLauncher(states.billing, events.billingDetailsGiven, fromChoice).state).not.toHaveProperty('linked');
  });

  it('passes the choice to a funding-source function; undefined is the exchange alone, a throw is an error', () => {
    const seen: unknown[] = [];
    const custom = { ...settings, complete: { fundingSource: (choice: unknown) => (seen.push(choice), { name: 'Payroll', bankAccountType: 'checking' as const }) } };
    expect(transitionLauncher(states.choosing, events.connectionChosen, custom).state).toMatchObject({ request: { fundingSource: { name: 'Payroll' } } });
    expect(seen).toEqual([{ partner: 'mx', account: events.connectionChosen.connection, bankAccountType: 'checking' }]);

    const none = { ...settings, complete: { fundingSource: () => undefined } };
    expect(transitionLauncher(states.choosing, events.connectionChosen, none).state).toHaveProperty('request', { sessionId: 'm1', partner: 'mx', availableConnectionToken: 'fake-connection' });

    const broken = { ...settings, complete: { fundingSource: () => { throw new TypeError('app bug'); } } };
    const { state, outputs } = transitionLauncher(states.open, events.flowSucceeded, broken);
    expect(state).toMatchObject({ value: 'error', error: { code: 'configuration', sessionId: 's1' }, retry: undefined });
    expect(outputs.map((output) => output.type)).toEqual(['clearResume', 'success', 'error']);
  });

  it('asks a card for its billing details only when its funding source is made from the user’s choice', () => {
    const paid = { type: 'flowSucceeded', result: { partner: 'checkout', sessionId: 'c1', paymentId: 'pay_fake', payment: { id: 'pay_fake', status: 'Approved', type: 'card' } } } as const;
    const billing = transitionLauncher(openFor('checkout', { fundingSource: true }), paid, { ...settings, complete: { fundingSource: true } }).state;
    expect(billing).toMatchObject({ value: 'billing', sessionId: 'c1', paymentId: 'pay_fake' });
    expect(transitionLauncher(billing, events.billingDetailsGiven, { ...settings, complete: { fundingSource: true } }).state).toMatchObject({
      value: 'completing',
      request: { sessionId: 'c1', partner: 'checkout', paymentId: 'pay_fake', fundingSource: { name: "Fake Holder's debit card", cardDetails: fakeCardDetails } },
    });
    const fixed = { name: 'Debit card', cardDetails: fakeCardDetails };
    expect(transitionLauncher(openFor('checkout', { fundingSource: fixed }), paid, { ...settings, complete: { fundingSource: fixed } }).state).toMatchObject({
      value: 'completing',
      request: { paymentId: 'pay_fake', fundingSource: fixed },
    });
    expect(transitionLauncher(openFor('checkout', true), paid, settings).state).toMatchObject({ value: 'completing', request: { paymentId: 'pay_fake' } });
  });

  it('completes a re-authentication with the exchange it renewed, and marks the result', () => {
    const reauth: LauncherState = { ...states.open, source: { kind: 'create', request: { exchangeId: 'e1' } }, reauthenticating: 'e1' };
    const { state, outputs } = transitionLauncher(reauth, events.flowSucceeded, settings);
    expect(state).toMatchObject({ value: 'complete', completion: { reauthenticated: true, exchangeId: 'e1' } });
    expect(outputs).toEqual([
      { type: 'clearResume' },
      { type: 'success', result: { ...plaidResult, reauthenticated: true } },
      { type: 'complete', completion: { reauthenticated: true, exchangeId: 'e1' } },
    ]);
  });

  it('saves the session when Plaid Link opens (it may leave for an OAuth bank) or MX redirects, not for other events', () => {
    expect(transitionLauncher(states.open, events.flowEvent, settings).outputs).toEqual([
      { type: 'event', event: events.flowEvent.event },
      { type: 'saveResume', record: { sessionId: 's1', partner: 'plaid' } },
    ]);
    const redirect = { type: 'redirect', partner: 'mx', sessionId: 'm1', url: 'https://int-widgets.moneydesktop.com/md/connect/FAKE' } as const;
    expect(transitionLauncher(states.open, { type: 'flowEvent', event: redirect }, settings).outputs).toEqual([
      { type: 'event', event: redirect },
      { type: 'saveResume', record: { sessionId: 's1', partner: 'plaid' } },
    ]);
    const ready = { type: 'partnerEvent', partner: 'plaid', sessionId: 's1', name: 'OPEN', metadata: {} } as const;
    expect(transitionLauncher(states.open, { type: 'flowEvent', event: ready }, settings).outputs).toEqual([{ type: 'event', event: ready }]);
  });
});

describe('back from MX’s redirect', () => {
  const record = { type: 'resumeRead', record: { sessionId: 'm1', partner: 'mx', savedAt: 0 } } as const;

  it('reports the return and goes to the account picker with complete, to success without', () => {
    const withComplete = transitionLauncher(states.resuming, record, settings);
    expect(withComplete.state).toMatchObject({ value: 'choosing', sessionId: 'm1' });
    expect(withComplete.outputs).toEqual([{ type: 'clearResume' }, { type: 'event', event: { type: 'returned', partner: 'mx', sessionId: 'm1' } }]);
    expect(transitionLauncher(states.resuming, record, { ...settings, complete: undefined }).state).toMatchObject({ value: 'succeeded', sessionId: 'm1' });
  });

  it('is idle when nothing was saved', () => {
    expect(transitionLauncher(states.resuming, { type: 'resumeRead', record: undefined }, settings).state.value).toBe('idle');
  });
});


describe('#23: what the journey is, and where a refusal goes', () => {
  const exchangeUrl = 'https://api-sandbox.dwolla.com/exchanges/e1';
  const mxFromChoice = { ...settings, complete: { fundingSource: true } } as const;
  const moneyMarket = { availableConnectionToken: 'fake-mm', name: 'Money Market ****5678' };

  it('carries a re-authentication across a page leave: saved with the session, finished as one on return', () => {
    const reauth: LauncherState = { ...openFor('plaid', true), reauthenticating: 'e1' };
    expect(transitionLauncher(reauth, events.flowEvent, settings).outputs).toContainEqual({ type: 'saveResume', record: { sessionId: 's1', partner: 'plaid', exchangeId: 'e1' } });

    const plaidBack = transitionLauncher(states.resuming, { type: 'resumeRead', record: { sessionId: 's1', partner: 'plaid', exchangeId: 'e1', savedAt: 0 } }, settings).state;
    expect(plaidBack).toMatchObject({ value: 'loadingSession', reauthenticating: 'e1' });
    const mxBack = transitionLauncher(states.resuming, { type: 'resumeRead', record: { sessionId: 'm1', partner: 'mx', exchangeId: 'e1', savedAt: 0 } }, settings);
    expect(mxBack.state).toMatchObject({ value: 'complete', completion: { reauthenticated: true, exchangeId: 'e1' } });
    expect(mxBack.outputs).toEqual([
      { type: 'clearResume' },
      { type: 'event', event: { type: 'returned', partner: 'mx', sessionId: 'm1' } },
      { type: 'complete', completion: { reauthenticated: true, exchangeId: 'e1' } },
    ]);
    // Renewed as a re-authentication too, not as a new session of the partner.
    expect(transitionLauncher(reauth, events.flowExpired, settings).state).toMatchObject({ value: 'renewing', creation: { request: { exchangeId: 'e1' } } });
  });

  it('asks the MX account’s type, never guesses it: the user’s answer, else the name, else a configuration error', () => {
    const answered = transitionLauncher(states.choosing, { type: 'connectionChosen', connection: moneyMarket, bankAccountType: 'savings' }, mxFromChoice).state;
    expect(answered).toMatchObject({ request: { fundingSource: { name: 'Money Market ****5678', bankAccountType: 'savings' } } });
    const unknown = transitionLauncher(states.choosing, { type: 'connectionChosen', connection: moneyMarket, bankAccountType: undefined }, mxFromChoice);
    expect(unknown.state).toMatchObject({ value: 'error', retry: undefined, error: { code: 'configuration' } });
    // A fixed funding source does not need it.
    const fixed = { ...settings, complete: { fundingSource: { name: 'Payouts', bankAccountType: 'checking' as const } } };
    expect(transitionLauncher(states.choosing, { type: 'connectionChosen', connection: moneyMarket, bankAccountType: undefined }, fixed).state.value).toBe('completing');
  });

  it('keeps names within Dwolla’s 50 characters: defaults shortened (the mask kept), a function’s longer one refused before anything is posted', () => {
    const long = { availableConnectionToken: 'fake-long', name: 'The Very Long Name Of A Fake Credit Union Checking Account ••1111' };
    const { state } = transitionLauncher(states.choosing, { type: 'connectionChosen', connection: long, bankAccountType: undefined }, mxFromChoice);
    expect(state).toMatchObject({ request: { fundingSource: { name: 'The Very Long Name Of A Fake Credit Union...', bankAccountType: 'checking' } } });
    const account = { id: 'acc-1', name: 'Plaid Premier Platinum Rewards Everyday Checking Plus', mask: '0000', type: 'depository', subtype: 'checking' };
    const linked: LauncherEvent = { type: 'flowSucceeded', result: { ...plaidResult, metadata: { ...plaidResult.metadata, accounts: [account] } } };
    const plaid = transitionLauncher(openFor('plaid', { fundingSource: true }), linked, { ...settings, complete: { fundingSource: true } }).state;
    expect(plaid).toMatchObject({ request: { fundingSource: { name: 'Plaid Premier Platinum Rewards Everyday... ••0000' } } });
    expect(plaid.value === 'completing' && plaid.request.fundingSource?.name.length).toBeLessThanOrEqual(50);

    const tooLong = { ...settings, complete: { fundingSource: () => ({ name: 'x'.repeat(51), bankAccountType: 'checking' as const }) } };
    expect(transitionLauncher(states.choosing, events.connectionChosen, tooLong).state).toMatchObject({
      value: 'error',
      error: { code: 'configuration', message: "complete.fundingSource's name is 51 characters; Dwolla takes 50 characters at most. No exchange was created." },
    });
  });

  it('takes a refused funding source back to the step that can fix it, where the same account posts the funding source alone', () => {
    const completing = transitionLauncher(states.choosing, events.connectionChosen, { ...settings, complete: { fundingSource: { name: 'Payouts', bankAccountType: 'checking' } } }).state;
    const refused = new ExchangeSessionError('badRequest', 'Refused.', { status: 400, dwolla: { code: 'ValidationError', message: 'No.', errors: [{ code: 'Invalid', message: 'Name.', path: '/fundingSource/name' }], about: exchangeUrl } });
    const back = transitionLauncher(completing, { type: 'completeFailed', error: refused }, settings);
    expect(back.state).toMatchObject({ value: 'choosing', sessionId: 'm1', refusal: { error: refused, exchangeUrl, spentConnection: 'fake-connection' } });
    expect(back.outputs).toEqual([{ type: 'error', error: refused }]);
    const fixedSettings = { ...settings, complete: { fundingSource: { name: 'Payouts', bankAccountType: 'checking' as const } } };
    expect(transitionLauncher(back.state, events.connectionChosen, fixedSettings).state).toMatchObject({ request: { exchangeUrl, availableConnectionToken: 'fake-connection' } });
    // Another account is another exchange: its own token, no exchangeUrl.
    const other = transitionLauncher(back.state, { type: 'connectionChosen', connection: { availableConnectionToken: 'other', name: 'Savings' }, bankAccountType: undefined }, fixedSettings).state;
    expect(other.value === 'completing' && other.request.exchangeUrl).toBeUndefined();
    // A refusal that is not about the funding source, or a failure that is not a refusal, stays an error.
    const server = new ExchangeSessionError('server', 'Down.', { dwolla: { code: 'ServerError', message: 'down', errors: [], about: exchangeUrl } });
    expect(transitionLauncher(completing, { type: 'completeFailed', error: server }, settings).state).toMatchObject({ value: 'error', retry: { value: 'completing', request: { exchangeUrl } } });
    expect(transitionLauncher(completing, { type: 'completeFailed', error: new ExchangeSessionError('badRequest', 'Token spent.') }, settings).state.value).toBe('error');
  });

  it('follows a completion under way on the page instead of opening the flow again, and reports only the first to hear it', () => {
    const request = { sessionId: 's1', partner: 'plaid', publicToken: 'public-sandbox-fake' } as const;
    const followed = transitionLauncher(states.loadingSession, { ...events.sessionLoaded, completing: request }, settings).state;
    expect(followed).toMatchObject({ value: 'completing', request });
    const completion = { reauthenticated: false, exchangeUrl } as const;
    expect(transitionLauncher(followed, { type: 'completed', completion, first: false }, settings)).toMatchObject({ state: { value: 'complete', completion }, outputs: [] });
    expect(transitionLauncher(followed, { type: 'completed', completion, first: true }, settings).outputs).toEqual([{ type: 'complete', completion }]);
  });

  it('makes a step’s code that failed to load an error whose retry enters the step again', () => {
    const { state, outputs } = transitionLauncher(states.choosing, events.stepFailed, settings);
    expect(state).toMatchObject({ value: 'error', error: events.stepFailed.error, retry: states.choosing });
    expect(outputs).toEqual([{ type: 'error', error: events.stepFailed.error }]);
    expect(transitionLauncher(state, events.retry, settings).state).toBe(states.choosing);
  });
});
