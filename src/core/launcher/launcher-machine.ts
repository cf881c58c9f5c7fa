import {
  afterFlow,
  afterMxReturn,
  completeWith,
  expire,
  fail,
  journeyOf,
  opened,
  refusedStep,
  sessionLoaded,
  start,
  stay,
  to,
  type Handler,
} from './launcher-transitions';
import type { ExchangeSessionLauncherStatus, LauncherCommand, LauncherEvent, LauncherEventType, LauncherSettings, LauncherState, LauncherStateValue, LauncherTransition } from './launcher-state';
import { exchangeCompletionRetry } from '../exchange/completion-retry';

type StateOf<V extends LauncherStateValue> = Extract<LauncherState, { value: V }>;

/** One state of the launcher: the status it reports, the work it runs while it lasts, the events it answers. */
interface StateDefinition<V extends LauncherStateValue> {
  status: ExchangeSessionLauncherStatus;
  /** Started when the state is entered, aborted when it is left; its answer comes back as an event. */
  run?: (state: StateOf<V>) => LauncherCommand;
  /** An event a state does not list is ignored there: the state stays, nothing is reported. */
  on: { [T in Exclude<LauncherEventType, 'restart'>]?: Handler<V, T> };
}

/**
 * The launcher, every state of it. `restart` (the props named another source) is answered
 * everywhere and left out of the table; the transitions' helpers are in `launcher-transitions.ts`.
 */
const machine: { [V in LauncherStateValue]: StateDefinition<V> } = {
  idle: { status: 'idle', on: {} },
  resuming: {
    status: 'loading',
    run: ({ source }) => ({ type: 'readResume', maxAgeMs: source.kind === 'resume' ? source.maxAgeMs : undefined }),
    on: {
      resumeRead: (state, { record }, settings) => {
        if (!record) return to({ ...journeyOf(state), value: 'idle' });
        const journey = { ...journeyOf(state), partner: record.partner, ...(record.exchangeId && { reauthenticating: record.exchangeId }) };
        // MX's redirect already ran its flow on MX's pages: its URL is spent, the user is back.
        if (record.partner === 'mx') return afterMxReturn(journey, record.sessionId, settings);
        return to({ ...journey, value: 'loadingSession', sessionId: record.sessionId, origin: 'resumed' }, { type: 'preload', partner: record.partner });
      },
    },
  },
  creating: {
    status: 'loading',
    run: ({ creation }) => ({ type: 'create', creation }),
    on: {
      created: (state, { sessionId }) => to({ ...journeyOf(state), value: 'loadingSession', sessionId, origin: 'created' }),
      createFailed: (state, { error }) => fail(state, error, state),
    },
  },
  renewing: {
    status: 'loading',
    run: ({ creation }) => ({ type: 'create', creation }),
    on: {
      created: (state, { sessionId }) => {
        const renewed = state.partner && { type: 'sessionRenewed' as const, partner: state.partner, previousSessionId: state.previousSessionId, sessionId };
        return to({ ...journeyOf(state), value: 'loadingSession', sessionId, origin: 'created' }, ...(renewed ? [{ type: 'event' as const, event: renewed }] : []));
      },
      createFailed: (state, { error }) => fail(state, error, state),
    },
  },
  loadingSession: {
    status: 'loading',
    run: ({ sessionId }) => ({ type: 'fetchSession', sessionId }),
    on: {
      sessionLoaded,
      sessionFailed: (state, { error }, settings) =>
        // A 404 for a session created or saved here means it is spent, not that the id is wrong.
        error.code === 'notFound' && state.origin !== 'given' ? expire(journeyOf(state), state.sessionId, error, settings) : fail(state, error, state),
    },
  },
  loadingPartner: {
    status: 'loading',
    run: ({ session }) => ({ type: 'loadPartner', partner: session.partner }),
    on: {
      partnerLoaded: (state, _event, settings) => opened(journeyOf(state), state.session, settings),
      partnerFailed: (state, { error }) => fail(state, error, state),
    },
  },
  open: {
    status: 'ready',
    on: {
      flowEvent: (state, { event }) => {
        // Plaid Link may leave for an OAuth bank, MX's redirect does: what the journey is goes with the session.
        const leaving = state.ahead.resume && (event.type === 'redirect' || (event.type === 'opened' && event.partner === 'plaid'));
        const record = { sessionId: state.session.id, partner: state.session.partner, ...(state.reauthenticating && { exchangeId: state.reauthenticating }) };
        return stay(state, { type: 'event', event }, ...(leaving ? [{ type: 'saveResume' as const, record }] : []));
      },
      flowRedirect: (state, { url }) => stay(state, { type: 'redirect', url }),
      flowExited: (state, { info }) => stay(state, { type: 'exit', info }),
      flowError: (state, { error }) => stay(state, { type: 'error', error }),
      flowFailed: (state, { error }) => fail(state, error, state),
      flowExpired: (state, { cause }, settings) => expire(journeyOf(state), state.session.id, cause, settings),
      flowSucceeded: (state, { result }, settings) => afterFlow(journeyOf(state), result, state.ahead, settings),
    },
  },
  succeeded: { status: 'success', on: {} },
  choosing: {
    status: 'choosing',
    on: {
      connectionChosen: (state, { connection, bankAccountType }, settings) => {
        const { refusal } = state;
        // The exchange of this very account exists already (its funding source was refused): only the funding source is posted.
        const exchangeUrl = refusal?.spentConnection === connection.availableConnectionToken ? refusal.exchangeUrl : undefined;
        const request = { sessionId: state.sessionId, partner: 'mx' as const, availableConnectionToken: connection.availableConnectionToken, ...(exchangeUrl && { exchangeUrl }) };
        return completeWith(journeyOf(state), request, settings, { partner: 'mx', account: connection, bankAccountType }, state);
      },
      stepFailed: (state, { error }) => fail(state, error, state),
    },
  },
  billing: {
    status: 'billing',
    on: {
      billingDetailsGiven: (state, { cardDetails }, settings) => {
        const exchangeUrl = state.refusal?.exchangeUrl;
        const request = { sessionId: state.sessionId, partner: 'checkout' as const, paymentId: state.paymentId, ...(exchangeUrl && { exchangeUrl }) };
        return completeWith(journeyOf(state), request, settings, { partner: 'checkout', cardDetails, payment: state.payment }, state);
      },
      stepFailed: (state, { error }) => fail(state, error, state),
    },
  },
  completing: {
    status: 'completing',
    run: ({ request }) => ({ type: 'complete', request }),
    on: {
      // Reported by the first launcher to hear of it: one mounted again while it posted shows it only.
      completed: (state, { completion, first }) =>
        to({ ...journeyOf(state), value: 'complete', completion, ...(state.linked && { linked: state.linked }) }, ...(first ? [{ type: 'complete' as const, completion }] : [])),
      completeFailed: (state, { error }) =>
        // A refused funding source goes back to the step that can fix it; anything else tries the same again
        // (the funding source alone when the exchange exists: its token is spent).
        refusedStep(state, error) ?? fail(state, error, { ...state, request: exchangeCompletionRetry(state.request, error) }),
    },
  },
  complete: { status: 'complete', on: {} },
  error: {
    status: 'error',
    on: {
      retry: (state) => (state.retry ? to(state.retry) : stay(state)),
    },
  },
};

/** The state a launcher starts in for `source`, and what it asks for once mounted. */
export function initialLauncherState(source: LauncherState['source'], settings: LauncherSettings): LauncherTransition {
  return start(source, settings);
}

/** The launcher's next state for `event`, and what the transition asks for. */
export function transitionLauncher(state: LauncherState, event: LauncherEvent, settings: LauncherSettings): LauncherTransition {
  if (event.type === 'restart') return start(event.source, settings);
  const handler = machine[state.value].on[event.type] as Handler<LauncherStateValue, LauncherEventType> | undefined;
  return handler ? handler(state, event, settings) : stay(state);
}

/** The `status` the launcher reports in `state`. */
export function launcherStatus(state: LauncherState): ExchangeSessionLauncherStatus {
  return machine[state.value].status;
}

/** The work `state` asks for while it lasts, if any. */
export function launcherCommand(state: LauncherState): LauncherCommand | undefined {
  const { run } = machine[state.value] as StateDefinition<LauncherStateValue>;
  return run?.(state);
}

/** Whether `state` answers `event` (the rest are ignored), for tests and tools. */
export function launcherAnswers(value: LauncherStateValue, type: LauncherEventType): boolean {
  return type === 'restart' || machine[value].on[type] !== undefined;
}
