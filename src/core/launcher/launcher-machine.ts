import type { CompleteExchangeRequest } from '../exchange/complete-exchange';
import { exchangeCompletionRetry } from '../exchange/completion-retry';
import type { ExchangeSessionCreateRequest } from '../session/create-session';
import { ExchangeSessionError, isExchangeSessionError } from '../errors';
import { fundingSourceFor, fundingSourceOption, needsBillingDetails, type FundingSourceChoice } from '../exchange/funding-source';
import type { ExchangeSessionSuccess } from '../launch-result';
import { assertSafeMxUrl } from '../session/mx-url';
import type { ExchangeSession } from '../session/session';
import { canRetryCode } from '../backend/retry-policy';
import type {
  Journey,
  LauncherEvent,
  LauncherEventType,
  LauncherOutput,
  LauncherSettings,
  LauncherSource,
  LauncherState,
  LauncherStateValue,
  LauncherStep,
  LauncherTransition,
} from './launcher-state';

type StateOf<V extends LauncherStateValue> = Extract<LauncherState, { value: V }>;
type EventOf<T extends LauncherEventType> = Extract<LauncherEvent, { type: T }>;
type Handler<V extends LauncherStateValue, T extends LauncherEventType> = (
  state: StateOf<V>,
  event: EventOf<T>,
  settings: LauncherSettings,
) => LauncherTransition;

/**
 * Every state and the events it answers; an event a state does not list is ignored there (the
 * state stays, nothing is reported). `restart` (the props named another session) is answered
 * everywhere and left out of the table.
 */
const machine: { [V in LauncherStateValue]: { [T in Exclude<LauncherEventType, 'restart'>]?: Handler<V, T> } } = {
  idle: {},
  resuming: {
    resumeRead: (state, { record }, settings) => {
      if (!record) return to({ ...journeyOf(state), value: 'idle' });
      const journey = { ...journeyOf(state), partner: record.partner };
      // MX's redirect already ran its flow on MX's pages; its URL is spent.
      if (record.partner === 'mx') {
        const returned: LauncherOutput[] = [{ type: 'clearResume' }, { type: 'event', event: { type: 'returned', partner: 'mx', sessionId: record.sessionId } }];
        return settings.complete
          ? to({ ...journey, value: 'choosing', sessionId: record.sessionId }, ...returned)
          : to({ ...journey, value: 'succeeded', sessionId: record.sessionId }, ...returned);
      }
      return to({ ...journey, value: 'loadingSession', sessionId: record.sessionId, origin: 'resumed' }, { type: 'preload', partner: record.partner });
    },
  },
  creating: {
    created: (state, { sessionId }) => to({ ...journeyOf(state), value: 'loadingSession', sessionId, origin: 'created' }),
    createFailed: (state, { error }) => fail(state, 'create', error, state),
  },
  renewing: {
    created: (state, { sessionId }) => {
      const renewed = state.partner && { type: 'sessionRenewed' as const, partner: state.partner, previousSessionId: state.previousSessionId, sessionId };
      return to({ ...journeyOf(state), value: 'loadingSession', sessionId, origin: 'created' }, ...(renewed ? [{ type: 'event' as const, event: renewed }] : []));
    },
    createFailed: (state, { error }) => fail(state, 'create', error, state),
  },
  loadingSession: {
    sessionLoaded: (state, { session, ageMs, partnerReady }, settings) => {
      const journey = { ...journeyOf(state), session, partner: session.partner };
      const loaded: LauncherOutput = { type: 'event', event: { type: 'sessionLoaded', partner: session.partner, sessionId: session.id } };
      const unsafe = unsafeMxUrl(session, settings);
      if (unsafe) return after([loaded], fail(journey, 'session', unsafe, undefined));
      if (session.partner === 'mx' && ageMs !== undefined && ageMs > settings.mxLifetimeMs) {
        const cause = new ExchangeSessionError('partnerError', `The MX Connect URL of session ${session.id} is past its lifetime.`, { sessionId: session.id });
        return after([loaded], expire(journey, state.sessionId, cause));
      }
      return partnerReady ? to({ ...journey, value: 'open', session }, loaded) : to({ ...journey, value: 'loadingPartner', session }, loaded);
    },
    sessionFailed: (state, { error }) =>
      // A 404 for a session created or saved here means it is spent, not that the id is wrong.
      error.code === 'notFound' && state.origin !== 'given' ? expire(journeyOf(state), state.sessionId, error) : fail(state, 'session', error, state),
  },
  loadingPartner: {
    partnerLoaded: (state) => to({ ...journeyOf(state), value: 'open', session: state.session }),
    partnerFailed: (state, { error }) => fail(state, 'partner', error, state),
  },
  open: {
    flowEvent: (state, { event }) => {
      // The flows that may leave the page: Plaid Link (OAuth banks) and MX's redirect.
      const leaving = event.type === 'redirect' || (event.type === 'opened' && event.partner === 'plaid');
      return stay(state, { type: 'event', event }, ...(leaving ? [{ type: 'saveResume' as const, session: state.session }] : []));
    },
    flowRedirect: (state, { url }) => stay(state, { type: 'redirect', url }),
    flowExited: (state, { info }) => stay(state, { type: 'exit', info }),
    flowError: (state, { error }) => stay(state, { type: 'error', error }),
    flowFailed: (state, { error }) => fail(state, 'flow', error, state),
    flowExpired: (state, { cause }) => expire(journeyOf(state), state.sessionId ?? state.session.id, cause),
    flowSucceeded: (state, { result }, settings) => succeed(journeyOf(state), result, settings),
  },
  succeeded: {},
  choosing: {
    connectionChosen: (state, { connection }, settings) =>
      completeWith(journeyOf(state), { sessionId: state.sessionId, partner: 'mx', availableConnectionToken: connection.availableConnectionToken }, settings, {
        partner: 'mx',
        account: connection,
      }),
  },
  billing: {
    billingDetailsGiven: (state, { cardDetails }, settings) =>
      completeWith(journeyOf(state), { sessionId: state.sessionId, partner: 'checkout', paymentId: state.paymentId }, settings, {
        partner: 'checkout',
        cardDetails,
        payment: state.payment,
      }),
  },
  completing: {
    completed: (state, { completion }) => to({ ...journeyOf(state), value: 'complete', completion }, { type: 'complete', completion }),
    // Retried for the funding source alone when the exchange exists (its token is spent).
    completeFailed: (state, { error }) => fail(state, 'complete', error, { ...journeyOf(state), value: 'completing', request: exchangeCompletionRetry(state.request, error) }),
  },
  complete: {},
  error: {
    retry: (state) => (state.retry ? to(state.retry) : stay(state)),
  },
};

/** The state a launcher starts in for `source`, and what it asks for once mounted. */
export function initialLauncherState(source: LauncherSource): LauncherTransition {
  const journey: Journey = { source, renewed: false, ...((source.kind === 'given' || source.kind === 'create') && source.partner && { partner: source.partner }) };
  const preload: LauncherOutput[] = journey.partner ? [{ type: 'preload', partner: journey.partner }] : [];
  switch (source.kind) {
    case 'none':
      return to({ ...journey, value: 'idle' });
    case 'invalid':
      return fail(journey, 'source', source.error, undefined);
    case 'given':
      return to({ ...journey, value: 'loadingSession', sessionId: source.sessionId, origin: 'given' }, ...preload);
    case 'create':
      return to({ ...journey, value: 'creating', request: source.request }, ...preload);
    case 'resume':
      return to({ ...journey, value: 'resuming' });
    default:
      return source satisfies never;
  }
}

/** The launcher's next state for `event`, and what the transition asks for. */
export function transitionLauncher(state: LauncherState, event: LauncherEvent, settings: LauncherSettings): LauncherTransition {
  if (event.type === 'restart') return initialLauncherState(event.source);
  const handler = machine[state.value][event.type] as Handler<LauncherStateValue, LauncherEventType> | undefined;
  return handler ? handler(state, event, settings) : stay(state);
}

/** Whether `state` answers `event` (the rest are ignored), for tests and tools. */
export function launcherAnswers(value: LauncherStateValue, type: LauncherEventType): boolean {
  return type === 'restart' || machine[value][type] !== undefined;
}

function to(state: LauncherState, ...outputs: LauncherOutput[]): LauncherTransition {
  return { state, outputs };
}

/** `to` the very same state: an event answered with outputs only. */
const stay = to;

function after(outputs: readonly LauncherOutput[], next: LauncherTransition): LauncherTransition {
  return { state: next.state, outputs: [...outputs, ...next.outputs] };
}

function journeyOf({ source, partner, sessionId, session, renewed }: Journey): Journey {
  return { source, renewed, ...(partner && { partner }), ...(sessionId !== undefined && { sessionId }), ...(session && { session }) };
}

/** The error state, reported once; `retry` is where "Try again" goes, kept only where trying again can help. */
function fail(journey: Journey, step: LauncherStep, error: ExchangeSessionError, retry: LauncherState | undefined): LauncherTransition {
  const state: LauncherState = { ...journeyOf(journey), value: 'error', error, step, retry: retry && canRetryCode(error.code) ? retry : undefined };
  return to(state, { type: 'error', error });
}

/** A spent or expired session: renewed once through the backend's create route, else `sessionExpired`. */
function expire(journey: Journey, sessionId: string, cause: ExchangeSessionError): LauncherTransition {
  const request = renewalRequest(journey);
  const fresh: Journey = { source: journey.source, renewed: true, ...(journey.partner && { partner: journey.partner }) };
  if (request && !journey.renewed) return to({ ...fresh, value: 'renewing', request, previousSessionId: sessionId });
  const reason = request ? 'its renewal is spent too' : 'its partner is unknown';
  const error = new ExchangeSessionError('sessionExpired', `Exchange session ${sessionId} is spent or expired, and ${reason}.`, { sessionId, cause });
  return fail(journey, 'session', error, request && { ...fresh, value: 'creating', request });
}

/** A new session for the same journey: the props' own request, else one of the same partner. */
function renewalRequest({ source, partner }: Journey): ExchangeSessionCreateRequest | undefined {
  if (source.kind === 'create') return source.request;
  return partner && { partner };
}

function succeed(journey: Journey, flowResult: ExchangeSessionSuccess, settings: LauncherSettings): LauncherTransition {
  const reauthExchangeId = journey.source.kind === 'create' && 'exchangeId' in journey.source.request ? journey.source.request.exchangeId : undefined;
  const result: ExchangeSessionSuccess = reauthExchangeId ? { ...flowResult, reauthenticated: true } : flowResult;
  const reported: LauncherOutput[] = [{ type: 'clearResume' }, { type: 'success', result }];
  const { sessionId } = result;
  if (!settings.complete) return to({ ...journey, value: 'succeeded', sessionId }, ...reported);
  if (reauthExchangeId) {
    const completion = { reauthenticated: true as const, exchangeId: reauthExchangeId };
    return to({ ...journey, value: 'complete', completion }, ...reported, { type: 'complete', completion });
  }
  switch (result.partner) {
    case 'mx':
      return to({ ...journey, value: 'choosing', sessionId }, ...reported);
    case 'plaid': {
      const { publicToken, metadata } = result;
      const choice: FundingSourceChoice = { partner: 'plaid', account: metadata.accounts[0], metadata };
      return after(reported, completeWith(journey, { sessionId, partner: 'plaid', publicToken }, settings, choice));
    }
    case 'checkout': {
      const { paymentId, payment } = result;
      const option = fundingSourceOption(settings.complete);
      if (needsBillingDetails(option)) return to({ ...journey, value: 'billing', sessionId, paymentId, payment }, ...reported);
      const fixed = option && typeof option === 'object' ? { fundingSource: option } : {};
      return to({ ...journey, value: 'completing', request: { sessionId, partner: 'checkout', paymentId, ...fixed } }, ...reported);
    }
    default:
      return result satisfies never;
  }
}

/** On to the completion, with the funding source made from the user's `choice`. */
function completeWith(journey: Journey, request: CompleteExchangeRequest, settings: LauncherSettings, choice: FundingSourceChoice): LauncherTransition {
  const fundingSource = fundingSourceFor(fundingSourceOption(settings.complete), choice, request.sessionId);
  if (fundingSource instanceof ExchangeSessionError) return fail(journey, 'complete', fundingSource, undefined);
  return to({ ...journey, value: 'completing', request: { ...request, ...(fundingSource && { fundingSource }) } });
}

/** The MX URL's refusal, checked before anything else about the session (its age included). */
function unsafeMxUrl(session: ExchangeSession, { mxAllowedHosts }: LauncherSettings): ExchangeSessionError | undefined {
  if (session.partner !== 'mx') return undefined;
  try {
    assertSafeMxUrl(session.url, mxAllowedHosts);
    return undefined;
  } catch (error) {
    if (!isExchangeSessionError(error)) throw error;
    return new ExchangeSessionError(error.code, error.message, { sessionId: session.id });
  }
}
