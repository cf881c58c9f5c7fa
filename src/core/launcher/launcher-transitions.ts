import { canRetryCode } from '../backend/retry-policy';
import { ExchangeSessionError, isExchangeSessionError } from '../errors';
import type { CompleteExchangeRequest } from '../backend/endpoints';
import type { AvailableExchangeConnection, BankAccountType } from '../exchange/exchange-token';
import { accountTypeNamed, fundingSourceFor, fundingSourceOption, madeFromChoice, type FundingSourceChoice } from '../exchange/funding-source';
import type { ExchangeSessionSuccess } from '../launch-result';
import type { ExchangeSessionCreateRequest } from '../backend/endpoints';
import { assertSafeMxUrl } from '../session/mx-url';
import type { ExchangeSession } from '../session/session';
import type {
  ChoiceStepState,
  Journey,
  LauncherEvent,
  LauncherEventType,
  LauncherOutput,
  LauncherSettings,
  LauncherSource,
  LauncherState,
  LauncherStateValue,
  LauncherTransition,
  LinkedThing,
} from './launcher-state';
import { stepsAfterFlow, type StepsAfterFlow } from './steps-after-flow';

type StateOf<V extends LauncherStateValue> = Extract<LauncherState, { value: V }>;
type EventOf<T extends LauncherEventType> = Extract<LauncherEvent, { type: T }>;

/** How a state answers an event: the next state and what the transition asks for. */
export type Handler<V extends LauncherStateValue, T extends LauncherEventType> = (state: StateOf<V>, event: EventOf<T>, settings: LauncherSettings) => LauncherTransition;

export function to(state: LauncherState, ...outputs: LauncherOutput[]): LauncherTransition {
  return { state, outputs };
}

/** `to` the very same state: an event answered with outputs only. */
export const stay = to;

function after(outputs: readonly LauncherOutput[], next: LauncherTransition): LauncherTransition {
  return { state: next.state, outputs: [...outputs, ...next.outputs] };
}

/** What every state carries, without what its own state added. */
export function journeyOf({ source, partner, session, reauthenticating, renewed }: Journey): Journey {
  return { source, renewed, ...(partner && { partner }), ...(session && { session }), ...(reauthenticating && { reauthenticating }) };
}

/** The state a launcher starts in for `source`, and what it asks for once mounted. */
export function start(source: LauncherSource, settings: LauncherSettings): LauncherTransition {
  const partner = (source.kind === 'given' || source.kind === 'create') && source.partner;
  const reauthenticating = source.kind === 'create' && 'exchangeId' in source.request && source.request.exchangeId;
  const journey: Journey = { source, renewed: false, ...(partner && { partner }), ...(reauthenticating && { reauthenticating }) };
  const preload: LauncherOutput[] = partner ? [{ type: 'preload', partner }] : [];
  switch (source.kind) {
    case 'none':
      return to({ ...journey, value: 'idle' });
    case 'invalid':
      return fail(journey, source.error, undefined);
    case 'given':
      return to({ ...journey, value: 'loadingSession', sessionId: source.sessionId, origin: 'given' }, ...preload);
    case 'create':
      return to({ ...journey, value: 'creating', creation: { request: source.request, idempotencyKey: settings.newIdempotencyKey() } }, ...preload);
    case 'resume':
      return to({ ...journey, value: 'resuming' });
    default:
      return source satisfies never;
  }
}

/** The error state, reported once; `retry` is where "Try again" goes, kept only where trying again can help. */
export function fail(journey: Journey, error: ExchangeSessionError, retry: LauncherState | undefined): LauncherTransition {
  return to({ ...journeyOf(journey), value: 'error', error, retry: retry && canRetryCode(error.code) ? retry : undefined }, { type: 'error', error });
}

/** A spent or expired session: renewed once through the backend's create route, else `sessionExpired`. */
export function expire(journey: Journey, sessionId: string, cause: ExchangeSessionError, settings: LauncherSettings): LauncherTransition {
  const request = renewalRequest(journey);
  const fresh: Journey = { ...journeyOf(journey), renewed: true, session: undefined };
  // A new session is a new creation: its own key, never the spent one's.
  const creation = request && { request, idempotencyKey: settings.newIdempotencyKey() };
  if (creation && !journey.renewed) return to({ ...journeyOf(fresh), value: 'renewing', creation, previousSessionId: sessionId });
  const reason = request ? 'its renewal is spent too' : 'its partner is unknown';
  const error = new ExchangeSessionError('sessionExpired', `Exchange session ${sessionId} is spent or expired, and ${reason}.`, { sessionId, cause });
  return fail(journey, error, creation && { ...journeyOf(fresh), value: 'creating', creation });
}

/** A new session for the same journey: a re-authentication's, the props' own request, else one of the same partner. */
function renewalRequest({ source, partner, reauthenticating }: Journey): ExchangeSessionCreateRequest | undefined {
  if (reauthenticating) return { exchangeId: reauthenticating };
  if (source.kind === 'create') return source.request;
  return partner && { partner };
}

/** The session arrived: it is checked, then its flow opens (or a completion already under way is followed). */
export function sessionLoaded(state: StateOf<'loadingSession'>, { session, ageMs, partnerReady, completing }: EventOf<'sessionLoaded'>, settings: LauncherSettings): LauncherTransition {
  const journey = { ...journeyOf(state), session, partner: session.partner };
  const loaded: LauncherOutput = { type: 'event', event: { type: 'sessionLoaded', partner: session.partner, sessionId: session.id } };
  if (completing) return to({ ...journey, value: 'completing', request: completing }, loaded);
  const unsafe = unsafeMxUrl(session, settings);
  if (unsafe) return after([loaded], fail(journey, unsafe, undefined));
  if (session.partner === 'mx' && ageMs !== undefined && ageMs > settings.mxLifetimeMs) {
    const cause = new ExchangeSessionError('partnerError', `The MX Connect URL of session ${session.id} is past its lifetime.`, { sessionId: session.id });
    return after([loaded], expire(journey, state.sessionId, cause, settings));
  }
  return after([loaded], partnerReady ? opened(journey, session, settings) : to({ ...journey, value: 'loadingPartner', session }));
}

/** The partner's UI runs; the code of the steps after it is fetched meanwhile. */
export function opened(journey: Journey, session: ExchangeSession, settings: LauncherSettings): LauncherTransition {
  const ahead = stepsAfterFlow(session.partner, settings.complete, journey.reauthenticating !== undefined);
  return to({ ...journey, value: 'open', session, ahead }, { type: 'preloadSteps', steps: ahead });
}

/** The flow succeeded: reported, then on to the steps that follow it. */
export function afterFlow(journey: Journey, flowResult: ExchangeSessionSuccess, ahead: StepsAfterFlow, settings: LauncherSettings): LauncherTransition {
  const result: ExchangeSessionSuccess = journey.reauthenticating ? { ...flowResult, reauthenticated: true } : flowResult;
  const reported: LauncherOutput[] = [{ type: 'clearResume' }, { type: 'success', result }];
  const { sessionId } = result;
  if (journey.reauthenticating) return after(reported, reauthenticated(journey, sessionId, settings));
  if (!ahead.complete) return to({ ...journey, value: 'succeeded', sessionId }, ...reported);
  switch (result.partner) {
    case 'mx':
      return to({ ...journey, value: 'choosing', sessionId }, ...reported);
    case 'plaid': {
      const { publicToken, metadata } = result;
      return after(reported, completeWith(journey, { sessionId, partner: 'plaid', publicToken }, settings, { partner: 'plaid', account: metadata.accounts[0], metadata }));
    }
    case 'checkout': {
      const { paymentId, payment } = result;
      if (ahead.billing) return to({ ...journey, value: 'billing', sessionId, paymentId, payment }, ...reported);
      const linked = payment.card && { kind: 'card' as const, card: payment.card };
      return after(reported, completeWith(journey, { sessionId, partner: 'checkout', paymentId }, settings, undefined, undefined, linked));
    }
    default:
      return result satisfies never;
  }
}

/** Back from MX's redirect (MX reports nothing to the page it left): on as after its flow. */
export function afterMxReturn(journey: Journey, sessionId: string, settings: LauncherSettings): LauncherTransition {
  const returned: LauncherOutput[] = [{ type: 'clearResume' }, { type: 'event', event: { type: 'returned', partner: 'mx', sessionId } }];
  if (journey.reauthenticating) return after(returned, reauthenticated(journey, sessionId, settings));
  const { picker } = stepsAfterFlow('mx', settings.complete, false);
  return to(picker ? { ...journey, value: 'choosing', sessionId } : { ...journey, value: 'succeeded', sessionId }, ...returned);
}

/** A re-authentication's end: the exchange is renewed in place, no new one is created. */
function reauthenticated(journey: Journey & { reauthenticating?: string }, sessionId: string, settings: LauncherSettings): LauncherTransition {
  const exchangeId = journey.reauthenticating;
  if (!settings.complete || !exchangeId) return to({ ...journey, value: 'succeeded', sessionId });
  const completion = { reauthenticated: true as const, exchangeId };
  return to({ ...journey, value: 'complete', completion }, { type: 'complete', completion });
}

/** A choice as the steps hand it over: for MX, the user's answer on the account's type, if asked. */
export type ChoiceMade =
  | { partner: 'mx'; account: AvailableExchangeConnection; bankAccountType: BankAccountType | undefined }
  | Exclude<FundingSourceChoice, { partner: 'mx' }>;

/**
 * On to the completion, with the funding source made from the user's `choice` (none for a fixed
 * one); `back`, the step the choice was made in, is where a refused funding source returns.
 */
export function completeWith(
  journey: Journey,
  request: CompleteExchangeRequest,
  settings: LauncherSettings,
  choice: ChoiceMade | undefined,
  back?: ChoiceStepState,
  linked: LinkedThing | undefined = choice && linkedBy(choice),
): LauncherTransition {
  const option = fundingSourceOption(settings.complete);
  const chosen = choice && madeFromChoice(option) ? withAccountType(choice, request.sessionId) : undefined;
  if (chosen instanceof ExchangeSessionError) return fail(journey, chosen, undefined);
  const fundingSource = fundingSourceFor(option, chosen, request.sessionId);
  if (fundingSource instanceof ExchangeSessionError) return fail(journey, fundingSource, undefined);
  const step = back && ({ ...back, refusal: undefined } as ChoiceStepState);
  return to({ ...journey, value: 'completing', request: { ...request, ...(fundingSource && { fundingSource }) }, ...(step && { back: step }), ...(linked && { linked }) });
}

/** What a choice links, as far as the flow named it: the account's name and mask, or the card. */
function linkedBy(choice: ChoiceMade): LinkedThing | undefined {
  switch (choice.partner) {
    case 'mx':
      return { kind: 'bankAccount', name: choice.account.name };
    case 'plaid': {
      const { account } = choice;
      return account && { kind: 'bankAccount', name: account.mask ? `${account.name} ••${account.mask}` : account.name };
    }
    case 'checkout':
      return choice.payment.card && { kind: 'card', card: choice.payment.card };
    default:
      return choice satisfies never;
  }
}

/** An MX account's type: the one the user (or the app) gave, else the one its name says; neither is an error, not a guess. */
function withAccountType(choice: ChoiceMade, sessionId: string): FundingSourceChoice | ExchangeSessionError {
  if (choice.partner !== 'mx') return choice;
  const bankAccountType = choice.bankAccountType ?? accountTypeNamed(choice.account.name);
  if (bankAccountType) return { ...choice, bankAccountType };
  return new ExchangeSessionError('configuration', `Whether "${choice.account.name}" is a checking or a savings account is unknown: pass it to choose(connection, bankAccountType).`, { sessionId });
}

/**
 * A completion whose funding source Dwolla refused (`400`, naming the exchange that exists, or the
 * funding source's fields): back in the step that can fix it, with the refusal shown there.
 */
export function refusedStep(state: StateOf<'completing'>, error: ExchangeSessionError): LauncherTransition | undefined {
  const { request, back } = state;
  const aboutFundingSource = error.dwolla?.about !== undefined || error.dwolla?.errors.some(({ path }) => path?.startsWith('/fundingSource')) === true;
  if (error.code !== 'badRequest' || !request.fundingSource || !aboutFundingSource) return undefined;
  if (!back) return undefined;
  const exchangeUrl = error.dwolla.about ?? request.exchangeUrl;
  const spentConnection = exchangeUrl && request.partner === 'mx' ? request.availableConnectionToken : undefined;
  return to({ ...back, refusal: { error, exchangeUrl, spentConnection } }, { type: 'error', error });
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
