'use client';
import { useRef, useState, type ReactNode } from 'react';
import { ExchangeSessionError } from '../core/errors';
import type { CardDetails } from '../core/exchange/exchange-token';
import type { LauncherState } from '../core/launcher/launcher-state';
import { createLoader, type Loader } from '../core/loader';
import type { LauncherMessages } from '../core/messages/exchange-messages';
import { launcherView, type ExchangeSessionLauncherState } from '../hooks/launcher-view';
import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';
import { useLatest } from '../hooks/use-latest';
import type { StartedAhead } from '../hooks/start-ahead';
import { useLauncher } from '../hooks/use-launcher';
import { usePresentation } from '../hooks/use-presentation';
import { ErrorCard } from '../ui/error-card';
import { LoadingStatus } from '../ui/loading-status';
import { DefaultError } from './default-error';
import type { ExchangeSessionLauncherProps, ExchangeSessionSlots } from './launcher-props';
import { LauncherRoot } from './launcher-root';
import { useScreenFocus } from './screen-focus';

// The account picker is a step of its own: its chunk loads with MX's flow when `complete` is set.
const connectionPicker = createLoader(() => import('./connection-picker').then((module) => module.ConnectionPicker));
// So is a card's billing-details form: its chunk loads with Checkout's flow when it will be asked for.
const billingDetailsForm = createLoader(() => import('./billing-details-form').then((module) => module.default));

/** The launcher's own UI over its running service; its shell hands it what it started ahead. */
export interface LauncherScreenProps extends ExchangeSessionLauncherProps {
  ahead?: StartedAhead;
}

/**
 * The launcher's own UI over its running service: what it shows is chosen by the same `status` it
 * reports. Its chunk loads when a launcher first has a source, beside the session request.
 */
export default function LauncherScreen({ source, className, style, renderLoading, renderError, renderComplete, renderBillingDetails, ahead, ...options }: LauncherScreenProps) {
  const { service, state, flow } = useLauncher(source, options, ahead);
  const launcher = launcherView(service, state, flow, options.complete);
  const presentation = usePresentation(options);
  const { messages } = presentation;
  const root = useRef<HTMLDivElement>(null);
  useScreenFocus(root);

  const failed = (error: ExchangeSessionError) => service.send({ type: 'stepFailed', error });
  const Picker = useStepCode(connectionPicker, stepWanted(state, 'choosing'), 'The account picker’s code', failed);
  const choice = launcher.connectionChoice;
  const refusal = launcher.error;
  const picker = choice && (
    <>
      {refusal && <ErrorCard code={refusal.code} title={messages.refusedAccount} hint={messages.refusedAccountHint} />}
      {loadedStep(Picker, messages.pickerLoading, (Loaded) => (
        <Loaded
          sessionId={choice.sessionId}
          onSelect={choice.choose}
          needsAccountType={choice.needsAccountType}
          busy={state.value === 'completing'}
          locale={presentation.locale}
          messages={messages}
          appearance={presentation.appearance}
        />
      ))}
    </>
  );

  const Form = useStepCode(billingDetailsForm, renderBillingDetails ? undefined : stepWanted(state, 'billing'), 'The billing details’ code', failed);
  const billingIn = state.value === 'billing' ? state : state.value === 'completing' && state.back?.value === 'billing' ? state.back : undefined;
  const submitBilling = (cardDetails: CardDetails) => service.send({ type: 'billingDetailsGiven', cardDetails });
  const billing =
    billingIn &&
    (renderBillingDetails
      ? state.value === 'billing' && renderBillingDetails(submitBilling, refusal)
      : loadedStep(Form, messages.loading, (Loaded) => <Loaded messages={messages} onSubmit={submitBilling} busy={state.value === 'completing'} refusal={refusal} />));

  const done = <Done messages={messages} state={state} />;
  return (
    <LauncherRoot status={launcher.status} presentation={presentation} className={className} style={style} rootRef={root}>
      {screenOf(launcher, { renderLoading, renderError, renderComplete }, messages, { picker, billing: billing || undefined, done })}
    </LauncherRoot>
  );
}

/**
 * A step's code, loaded while the flow before it runs (`ahead`) and while the step lasts (`now`);
 * a load that fails while the step lasts is the launcher's error (reported once), and entering the
 * step again, after "Try again", loads it again.
 */
function useStepCode<T>(loader: Loader<T>, wanted: 'ahead' | 'now' | undefined, what: string, failed: (error: ExchangeSessionError) => void): T | undefined {
  const [, setLoaded] = useState<T>();
  const report = useLatest(failed);
  useIsomorphicLayoutEffect(() => {
    if (!wanted || loader.current !== undefined) return;
    let active = true;
    loader().then(
      (value) => {
        if (active) setLoaded(() => value);
      },
      (cause: unknown) => {
        if (active && wanted === 'now') report.current(new ExchangeSessionError('network', `${what} could not be loaded.`, { cause }));
      },
    );
    return () => {
      active = false;
    };
  }, [loader, wanted, what, report]);
  return wanted ? loader.current : undefined;
}

/** A step whose code loads on demand: shown once loaded, else a loading line. */
function loadedStep<T>(code: T | undefined, loadingText: string, show: (code: T) => ReactNode): ReactNode {
  return code ? show(code) : <LoadingStatus text={loadingText} />;
}

/** Whether a step's code is wanted: while the flow before it runs, or while the step (or its posting) lasts. */
function stepWanted(state: LauncherState, step: 'choosing' | 'billing'): 'ahead' | 'now' | undefined {
  if (state.value === step || (state.value === 'completing' && state.back?.value === step)) return 'now';
  if (state.value === 'open') return (step === 'choosing' ? state.ahead.picker : state.ahead.billing) ? 'ahead' : undefined;
  return undefined;
}

function screenOf(
  { status, error, retry, canRetry, flow, completion }: ExchangeSessionLauncherState,
  slots: ExchangeSessionSlots,
  messages: LauncherMessages,
  { picker, billing, done }: { picker: ReactNode; billing: ReactNode; done: ReactNode },
): ReactNode {
  switch (status) {
    case 'idle':
      return null;
    case 'loading':
      return slots.renderLoading ? slots.renderLoading() : <LoadingStatus text={messages.loading} />;
    case 'ready':
      return flow;
    case 'success':
      return done;
    case 'choosing':
      return picker;
    case 'billing':
      return billing;
    case 'completing':
      return picker ?? billing ?? <LoadingStatus text={messages.linking} />;
    case 'complete':
      return completion && (slots.renderComplete ? slots.renderComplete(completion, done) : done);
    case 'error':
      return error && (slots.renderError ? slots.renderError(error, retry) : <DefaultError error={error} messages={messages} retry={canRetry ? retry : undefined} />);
    default:
      return status satisfies never;
  }
}

/**
 * The journey's end, announced: a tick, what was linked (a bank account, a card, an account
 * reconnected) and, when the flow named it, which one (`MX Bank Savings ••2222`, `Visa debit ••4242`).
 */
function Done({ messages, state }: { messages: LauncherMessages; state: LauncherState }) {
  const linked = state.value === 'complete' ? state.linked : undefined;
  const reconnected = state.value === 'complete' ? state.completion.reauthenticated : state.reauthenticating !== undefined;
  const card = state.partner === 'checkout';
  const title = reconnected ? messages.reconnectedTitle : card ? messages.linkedCardTitle : messages.linkedBankAccountTitle;
  const name = linked && (linked.kind === 'card' ? messages.cardName(linked.card) : linked.name);
  return (
    <div className="dwx-linked" data-part="linked" role="status">
      <svg className="dwx-tick" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
        <path d="M5 10.5l3.2 3.2L15 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="dwx-linked-title" data-part="linked-title">
        {title}
      </p>
      {name && (
        <p className="dwx-linked-name" data-part="linked-name">
          {name}
        </p>
      )}
    </div>
  );
}
