import type { CompleteExchangeRequest, ExchangeCompletion } from '../exchange/complete-exchange';
import type { ExchangeSessionCreateRequest } from '../session/create-session';
import type { ExchangeSessionError } from '../errors';
import type { AvailableExchangeConnection, CardDetails } from '../exchange/exchange-token';
import type { FundingSourceOption } from '../exchange/funding-source';
import type { CheckoutPayment, ExchangeSessionEvent, ExchangeSessionExit, ExchangeSessionSuccess } from '../launch-result';
import type { ExchangeSessionResumeRecord } from '../session/resume-store';
import type { ExchangePartner, ExchangeSession } from '../session/session';

/** Where the launcher's session comes from, read from its props. */
export type LauncherSource =
  | { kind: 'none' }
  | { kind: 'given'; sessionId: string; partner?: ExchangePartner }
  | { kind: 'create'; request: ExchangeSessionCreateRequest; partner?: ExchangePartner }
  | { kind: 'resume'; maxAgeMs?: number }
  | { kind: 'invalid'; error: ExchangeSessionError };

/** The launcher's `complete` option: `true`, or what to create besides the exchange. */
export type CompleteOption = boolean | { fundingSource?: FundingSourceOption };

/** What the launcher knows along the way, whatever its state. */
export interface Journey {
  source: LauncherSource;
  /** The partner once known: named by the props, hinted, or the session's own. */
  partner?: ExchangePartner;
  /** The id of the session being run, as given, saved or created; cleared when it is renewed. */
  sessionId?: string;
  /** The session, once loaded; cleared when it is renewed. */
  session?: ExchangeSession;
  /** A spent session was replaced already: renewal happens once per mount. */
  renewed: boolean;
}

/** How the session being loaded was obtained: a 404 for one created or saved here means it expired. */
export type SessionOrigin = 'given' | 'created' | 'resumed';

/** The step that failed, kept with an error. */
export type LauncherStep = 'source' | 'create' | 'session' | 'partner' | 'flow' | 'complete';

/** Every state the launcher can be in; `value` names it. */
export type LauncherState = Journey &
  (
    | { value: 'idle' }
    | { value: 'resuming' }
    | { value: 'creating'; request: ExchangeSessionCreateRequest }
    | { value: 'renewing'; request: ExchangeSessionCreateRequest; previousSessionId: string }
    | { value: 'loadingSession'; sessionId: string; origin: SessionOrigin }
    | { value: 'loadingPartner'; session: ExchangeSession }
    | { value: 'open'; session: ExchangeSession }
    | { value: 'succeeded'; sessionId: string }
    | { value: 'choosing'; sessionId: string }
    | { value: 'billing'; sessionId: string; paymentId: string; payment: CheckoutPayment }
    | { value: 'completing'; request: CompleteExchangeRequest }
    | { value: 'complete'; completion: ExchangeCompletion }
    | { value: 'error'; error: ExchangeSessionError; step: LauncherStep; retry: LauncherState | undefined }
  );

/** The name of a {@link LauncherState}. */
export type LauncherStateValue = LauncherState['value'];

/** What moves the launcher: its props, the answers to its commands, the partner's flow, the user. */
export type LauncherEvent =
  | { type: 'restart'; source: LauncherSource }
  | { type: 'resumeRead'; record: ExchangeSessionResumeRecord | undefined }
  | { type: 'created'; sessionId: string }
  | { type: 'createFailed'; error: ExchangeSessionError }
  /** `ageMs`: the session's age when the backend answered, by the server's clock, when known. */
  | { type: 'sessionLoaded'; session: ExchangeSession; ageMs: number | undefined; partnerReady: boolean }
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
  | { type: 'connectionChosen'; connection: AvailableExchangeConnection }
  | { type: 'billingDetailsGiven'; cardDetails: CardDetails }
  | { type: 'completed'; completion: ExchangeCompletion }
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
  | { type: 'saveResume'; session: ExchangeSession }
  | { type: 'clearResume' }
  | { type: 'preload'; partner: ExchangePartner };

/** The long-running work a state asks for while it lasts; its answer comes back as an event. */
export type LauncherCommand =
  | { type: 'readResume'; maxAgeMs: number | undefined }
  | { type: 'create'; request: ExchangeSessionCreateRequest }
  | { type: 'fetchSession'; sessionId: string }
  | { type: 'loadPartner'; partner: ExchangePartner }
  | { type: 'complete'; request: CompleteExchangeRequest };

/** The props a transition reads as they are when the event arrives. */
export interface LauncherSettings {
  complete: CompleteOption | undefined;
  mxAllowedHosts: readonly string[] | undefined;
  /** How long after `created` an MX Connect URL is still used. */
  mxLifetimeMs: number;
}

/** A state and what its transition asked for. */
export interface LauncherTransition {
  state: LauncherState;
  outputs: readonly LauncherOutput[];
}
