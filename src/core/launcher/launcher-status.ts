import type { LauncherCommand, LauncherState } from './launcher-state';

/**
 * Where the launcher is: `idle` (nothing to run), `loading` (the session, the partner's code or
 * its script), `ready` (the partner's UI is running), `success` (the flow finished). With
 * `complete`, then `choosing` (MX: the user picks an account) or `billing` (a card whose funding
 * source is made from the user's choice: the billing details), `completing` (the backend creates
 * the exchange) and `complete`. `error` at any step.
 */
export type ExchangeSessionLauncherStatus = 'idle' | 'loading' | 'ready' | 'success' | 'choosing' | 'billing' | 'completing' | 'complete' | 'error';

const statuses: Record<LauncherState['value'], ExchangeSessionLauncherStatus> = {
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
};

/** The one answer to "what is `status`?". */
export function launcherStatus(state: LauncherState): ExchangeSessionLauncherStatus {
  return statuses[state.value];
}

/** The work `state` asks for while it lasts, if any. */
export function launcherCommand(state: LauncherState): LauncherCommand | undefined {
  switch (state.value) {
    case 'resuming':
      return { type: 'readResume', maxAgeMs: state.source.kind === 'resume' ? state.source.maxAgeMs : undefined };
    case 'creating':
    case 'renewing':
      return { type: 'create', request: state.request };
    case 'loadingSession':
      return { type: 'fetchSession', sessionId: state.sessionId };
    case 'loadingPartner':
      return { type: 'loadPartner', partner: state.session.partner };
    case 'completing':
      return { type: 'complete', request: state.request };
    case 'idle':
    case 'open':
    case 'succeeded':
    case 'choosing':
    case 'billing':
    case 'complete':
    case 'error':
      return undefined;
    default:
      return state satisfies never;
  }
}
