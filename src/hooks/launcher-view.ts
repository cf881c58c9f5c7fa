import type { ReactElement } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangeCompletion } from '../core/backend/endpoints';
import type { AvailableExchangeConnection, BankAccountType, CardDetails } from '../core/exchange/exchange-token';
import { accountTypeNamed, type CompleteOption } from '../core/exchange/funding-source';
import type { LauncherService } from '../core/launcher/launcher-service';
import { launcherStatus } from '../core/launcher/launcher-machine';
import type { ExchangeSessionLauncherStatus, LauncherState } from '../core/launcher/launcher-state';
import { stepsAfterFlow } from '../core/launcher/steps-after-flow';
import type { ExchangeSession } from '../core/session/session';

/** MX, with `complete`: the finished session whose connected accounts the user picks from, and what to call with the choice. */
export interface ExchangeConnectionChoice {
  sessionId: string;
  /**
   * The user's choice; `bankAccountType`, the user's answer where {@link needsAccountType} says
   * to ask (else it is read from the account's name).
   */
  choose: (connection: AvailableExchangeConnection, bankAccountType?: BankAccountType) => void;
  /**
   * Whether to ask the user if `connection` is a checking or a savings account: a funding source
   * is made from the choice, and the account's name does not say (Dwolla's connections carry only
   * a name).
   */
  needsAccountType: (connection: AvailableExchangeConnection) => boolean;
}

/**
 * A card, with `complete={{ fundingSource: true }}` or a function: the billing details Dwolla's
 * card funding source needs, which Flow does not ask for. Render a form, then `submit` them.
 */
export interface ExchangeBillingDetailsRequest {
  sessionId: string;
  submit: (details: CardDetails) => void;
}

/** What `useExchangeSessionLauncher` returns. */
export interface ExchangeSessionLauncherState {
  status: ExchangeSessionLauncherStatus;
  session: ExchangeSession | undefined;
  /**
   * The error shown: in status `error`, or, in `choosing` and `billing`, a funding source Dwolla
   * refused, which the user fixes in that step (`error.dwolla.errors` name the fields).
   */
  error: ExchangeSessionError | null;
  /**
   * Tries the failed step again: creates or fetches the session (a new one after `sessionExpired`),
   * loads the partner or a step's code, restarts its flow, or posts the completion again (for the
   * funding source alone when only it failed). Does nothing when trying again cannot help.
   */
  retry: () => void;
  /** Whether `retry` can help with `error` (not for a setup error or an unsafe URL). */
  canRetry: boolean;
  /** The partner's UI (MX iframe or redirect notice, Plaid button, Checkout.com Flow) while `status` is `ready`: render it once. */
  flow: ReactElement | null;
  /** With `complete`, after an MX flow: render an `ExchangeConnectionPicker` with it. */
  connectionChoice: ExchangeConnectionChoice | null;
  /** While `status` is `billing`: the card's billing details to ask for. */
  billingDetails: ExchangeBillingDetailsRequest | null;
  /** With `complete`, once `status` is `complete`: the exchange, as `onComplete` reported it. */
  completion: ExchangeCompletion | undefined;
}

/** The launcher's state as its hook returns it: what to render and what the user can do. */
export function launcherView(service: LauncherService, state: LauncherState, flow: ReactElement | null, complete: CompleteOption | undefined): ExchangeSessionLauncherState {
  const { send } = service;
  const choosingIn = choosingSession(state);
  const asksType = stepsAfterFlow('mx', complete, false).accountType;
  return {
    status: launcherStatus(state),
    session: state.session,
    error: state.value === 'error' ? state.error : ((state.value === 'choosing' || state.value === 'billing') && state.refusal?.error) || null,
    retry: () => send({ type: 'retry' }),
    canRetry: state.value === 'error' && state.retry !== undefined,
    flow,
    connectionChoice: choosingIn
      ? {
          sessionId: choosingIn,
          choose: (connection, bankAccountType) => send({ type: 'connectionChosen', connection, bankAccountType }),
          needsAccountType: (connection) => asksType && accountTypeNamed(connection.name) === undefined,
        }
      : null,
    billingDetails: state.value === 'billing' ? { sessionId: state.sessionId, submit: (cardDetails) => send({ type: 'billingDetailsGiven', cardDetails }) } : null,
    completion: state.value === 'complete' ? state.completion : undefined,
  };
}

/** The MX session whose accounts are being chosen from, or whose chosen account is being posted. */
function choosingSession(state: LauncherState): string | undefined {
  if (state.value === 'choosing') return state.sessionId;
  if (state.value === 'completing' && state.back?.value === 'choosing') return state.back.sessionId;
  return undefined;
}
