import type { ExchangeSessionError } from '../errors';
import type { CompleteExchangeRequest, ExchangeCompletion } from '../backend/endpoints';
import type { AvailableExchangeConnection, BankAccountType, CardDetails } from '../exchange/exchange-token';
import type { CompleteOption } from '../exchange/funding-source';
import type { CheckoutCard, CheckoutPayment, ExchangeSessionEvent, ExchangeSessionExit, ExchangeSessionSuccess } from '../launch-result';
import type { ExchangeSessionCreateRequest } from '../backend/endpoints';
import type { ExchangeSessionResumeRecord } from '../session/resume-store';
import type { ExchangePartner, ExchangeSession } from '../session/session';
import type { StepsAfterFlow } from './steps-after-flow';

/** Where the launcher's session comes from, read from its props. */
export type LauncherSource =
  | { kind: 'none' }
  | { kind: 'given'; sessionId: string; partner?: ExchangePartner }
  | { kind: 'create'; request: ExchangeSessionCreateRequest; partner?: ExchangePartner }
  | { kind: 'resume'; maxAgeMs?: number }
  | { kind: 'invalid'; error: ExchangeSessionError };

/** What the launcher knows along the way, whatever its state. */
export interface Journey {
  source: LauncherSource;
  /** The partner once known: named by the props, hinted, saved, or the session's own. */
  partner?: ExchangePartner;
  /** The session, once loaded; cleared when it is renewed. */
  session?: ExchangeSession;
  /** The exchange this journey re-authenticates: from the source, or from the record saved before a page leave. */
  reauthenticating?: string;
  /** A spent session was replaced already: renewal happens once per mount. */
  renewed: boolean;
}

/** How the session being loaded was obtained: a 404 for one created or saved here means it expired. */
export type SessionOrigin = 'given' | 'created' | 'resumed';

/** A creation, with the `Idempotency-Key` that makes trying it again return the same session. */
export interface Creation {
  request: ExchangeSessionCreateRequest;
  idempotencyKey: string;
}

/**
 * A completion Dwolla refused for its funding source (a `400`), shown in the step that can fix it
 * (the account picker, the billing details); `exchangeUrl` when the exchange exists, so that the
 * next post creates the funding source alone (its token is spent).
 */
export interface FundingSourceRefusal {
  error: ExchangeSessionError;
  exchangeUrl: string | undefined;
  /** The MX account whose token the exchange spent: choosing it again posts `exchangeUrl` instead. */
  spentConnection: string | undefined;
}

/** What the journey links, named on its last screen: a bank account (its name, with its mask), or the card Flow reported. */
export type LinkedThing = { kind: 'bankAccount'; name: string } | { kind: 'card'; card: CheckoutCard };

/** A step the user makes a choice in, which a refused funding source returns to with its `refusal` shown. */
export type ChoiceStepState = Journey &
  (
    | { value: 'choosing'; sessionId: string; refusal?: FundingSourceRefusal }
    | { value: 'billing'; sessionId: string; paymentId: string; payment: CheckoutPayment; refusal?: FundingSourceRefusal }
  );

/** Every state the launcher can be in; `value` names it. */
export type LauncherState =
  | ChoiceStepState
  | (Journey &
      (
        | { value: 'idle' }
        | { value: 'resuming' }
        | { value: 'creating'; creation: Creation }
        | { value: 'renewing'; creation: Creation; previousSessionId: string }
        | { value: 'loadingSession'; sessionId: string; origin: SessionOrigin }
        | { value: 'loadingPartner'; session: ExchangeSession }
        /** `ahead`: the steps after this flow, whose code loads while it runs. */
        | { value: 'open'; session: ExchangeSession; ahead: StepsAfterFlow }
        | { value: 'succeeded'; sessionId: string }
        /** `back`: the step that can fix a refused funding source (the account picker, the billing details). */
        /** `linked`: what is being linked, when the flow named it. */
        | { value: 'completing'; request: CompleteExchangeRequest; back?: ChoiceStepState; linked?: LinkedThing }
        | { value: 'complete'; completion: ExchangeCompletion; linked?: LinkedThing }
        | { value: 'error'; error: ExchangeSessionError; retry: LauncherState | undefined }
      ));

/**
 * Where the launcher is: `idle` (nothing to run), `loading` (the session, the partner's code or
 * its script), `ready` (the partner's UI is running), `success` (the flow finished). With
 * `complete`, then `choosing` (MX: the user picks an account) or `billing` (a card whose funding
 * source is made from the user's choice: the billing details), `completing` (the backend creates
 * the exchange) and `complete`. `error` at any step.
 */
export type ExchangeSessionLauncherStatus = 'idle' | 'loading' | 'ready' | 'success' | 'choosing' | 'billing' | 'completing' | 'complete' | 'error';

/** The name of a {@link LauncherState}. */
export type LauncherStateValue = LauncherState['value'];

/** What moves the launcher: its props, the answers to its commands, the partner's flow, the user. */
export type LauncherEvent =
  | { type: 'restart'; source: LauncherSource }
  | { type: 'resumeRead'; record: ExchangeSessionResumeRecord | undefined }
  | { type: 'created'; sessionId: string }
  | { type: 'createFailed'; error: ExchangeSessionError }
  /**
   * `ageMs`: the session's age when the backend answered, by the server's clock, when known;
   * `completing`: a completion of this session already under way on the page (a launcher
   * mounted again while it posted), which this launcher follows instead of opening the flow again.
   */
  | { type: 'sessionLoaded'; session: ExchangeSession; ageMs: number | undefined; partnerReady: boolean; completing: CompleteExchangeRequest | undefined }
  | { type: 'sessionFailed'; error: ExchangeSessionError }
  | { type: 'partnerLoaded' }
  | { type: 'partnerFailed'; error: ExchangeSessionError }
  | { type: 'flowEvent'; event: ExchangeSessionEvent }
  | { type: 'flowRedirect'; url: string }
  | { type: 'flowExited'; info: ExchangeSessionExit }
  | { type: 'flowError'; error: ExchangeSessionError }
  | { type: 'flowFailed'; error: ExchangeSessionError }
  | { type: 'flowExpired'; cause: ExchangeSessionError }
  | { type: 'flowSucceeded'; result: ExchangeSessionSuccess }
  /** `bankAccountType`: the user's answer, asked when the account's name does not say. */
  | { type: 'connectionChosen'; connection: AvailableExchangeConnection; bankAccountType: BankAccountType | undefined }
  | { type: 'billingDetailsGiven'; cardDetails: CardDetails }
  /** A step's code (the account picker's, the billing form's) could not be loaded. */
  | { type: 'stepFailed'; error: ExchangeSessionError }
  /** `first`: the first launcher on the page to hear of this completion (only that one reports it). */
  | { type: 'completed'; completion: ExchangeCompletion; first: boolean }
  | { type: 'completeFailed'; error: ExchangeSessionError }
  | { type: 'retry' };

/** The name of a {@link LauncherEvent}. */
export type LauncherEventType = LauncherEvent['type'];

/** What a transition asks of the outside world at once: the app's callbacks, storage, a preload. */
export type LauncherOutput =
  | { type: 'success'; result: ExchangeSessionSuccess }
  | { type: 'exit'; info: ExchangeSessionExit }
  | { type: 'error'; error: ExchangeSessionError }
  | { type: 'event'; event: ExchangeSessionEvent }
  | { type: 'complete'; completion: ExchangeCompletion }
  | { type: 'redirect'; url: string }
  | { type: 'saveResume'; record: Omit<ExchangeSessionResumeRecord, 'savedAt'> }
  | { type: 'clearResume' }
  | { type: 'preload'; partner: ExchangePartner }
  /** The code of the steps that follow the flow: fetched while it runs, so that none waits for it. */
  | { type: 'preloadSteps'; steps: StepsAfterFlow };

/** The long-running work a state asks for while it lasts; its answer comes back as an event. */
export type LauncherCommand =
  | { type: 'readResume'; maxAgeMs: number | undefined }
  | { type: 'create'; creation: Creation }
  | { type: 'fetchSession'; sessionId: string }
  | { type: 'loadPartner'; partner: ExchangePartner }
  | { type: 'complete'; request: CompleteExchangeRequest };

/** The props a transition reads as they are when the event arrives. */
export interface LauncherSettings {
  complete: CompleteOption | undefined;
  mxAllowedHosts: readonly string[] | undefined;
  /** How long after `created` an MX Connect URL is still used. */
  mxLifetimeMs: number;
  /** A new `Idempotency-Key` for a new creation (trying the same creation again keeps its key). */
  newIdempotencyKey: () => string;
}

/** A state and what its transition asked for. */
export interface LauncherTransition {
  state: LauncherState;
  outputs: readonly LauncherOutput[];
}
