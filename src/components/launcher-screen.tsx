'use client';
import type { ReactNode } from 'react';
import { useExchangeSessionLauncher, type ExchangeSessionLauncherState } from '../hooks/use-exchange-session-launcher';
import { stepsAfterFlow } from '../core/launcher/steps-after-flow';
import { createLoader } from '../core/loader';
import type { ExchangeMessages } from '../core/messages/exchange-messages';
import { useLoaded, type Loaded } from '../hooks/use-loaded';
import { usePresentation } from '../hooks/use-presentation';
import { DefaultError } from './default-error';
import { LoadingStatus } from '../ui/loading-status';
import type { ExchangeSessionLauncherProps, ExchangeSessionSlots } from './ExchangeSessionLauncher';
import { LauncherRoot } from './launcher-root';

// The account picker is a step of its own: its chunk loads with MX's flow when `complete` is set.
const connectionPicker = createLoader(() => import('./ExchangeConnectionPicker').then((module) => module.ExchangeConnectionPicker));
// So is a card's billing-details form: its chunk loads with Checkout's flow when it will be asked for.
const billingDetailsForm = createLoader(() => import('./billing-details-form').then((module) => module.default));

/**
 * The launcher's own UI over {@link useExchangeSessionLauncher}: what it shows is chosen by the
 * same `status` it reports. Its chunk loads when a launcher first has a source, beside the
 * session request.
 */
export default function LauncherScreen({ source, className, style, renderLoading, renderError, renderComplete, renderBillingDetails, ...options }: ExchangeSessionLauncherProps) {
  const launcher = useExchangeSessionLauncher(source, options);
  const presentation = usePresentation(options);
  const { messages } = presentation;
  const { status } = launcher;
  // A step's code loads while the flow before it runs, and stays while the step lasts.
  const ahead = status === 'ready' && launcher.session ? stepsAfterFlow(launcher.session.partner, options.complete) : undefined;
  const choosesAccount = launcher.connectionChoice !== null || Boolean(ahead?.picker);
  const pickerCode = useLoaded(connectionPicker, choosesAccount, 'The account picker’s code');
  const choice = launcher.connectionChoice;
  const picker =
    choice &&
    loadedStep(pickerCode, messages, messages.pickerLoading, (Picker) => (
      <Picker sessionId={choice.sessionId} onSelect={choice.choose} busy={status === 'completing'} locale={presentation.locale} messages={messages} appearance={presentation.appearance} />
    ));

  const asksBilling = launcher.billingDetails !== null || Boolean(ahead?.billing);
  const formCode = useLoaded(billingDetailsForm, asksBilling && !renderBillingDetails, 'The billing details’ code');
  const request = launcher.billingDetails;
  const billing =
    request &&
    (renderBillingDetails
      ? renderBillingDetails(request.submit)
      : loadedStep(formCode, messages, messages.loading, (Form) => <Form messages={messages} onSubmit={request.submit} />));

  return (
    <LauncherRoot status={status} presentation={presentation} className={className} style={style}>
      {screenOf(launcher, { renderLoading, renderError, renderComplete }, messages, picker, billing)}
    </LauncherRoot>
  );
}

function screenOf(
  { status, error, retry, canRetry, flow, completion }: ExchangeSessionLauncherState,
  slots: ExchangeSessionSlots,
  messages: ExchangeMessages,
  picker: ReactNode,
  billing: ReactNode,
): ReactNode {
  switch (status) {
    case 'idle':
      return null;
    case 'loading':
      return slots.renderLoading ? slots.renderLoading() : <LoadingStatus text={messages.loading} />;
    case 'ready':
      return flow;
    case 'success':
      return <Done text={messages.connected} />;
    case 'choosing':
      return picker;
    case 'billing':
      return billing;
    case 'completing':
      return picker ?? <LoadingStatus text={messages.linking} />;
    case 'complete':
      return completion && (slots.renderComplete ? slots.renderComplete(completion) : <Done text={messages.linked} />);
    case 'error':
      return error && (slots.renderError ? slots.renderError(error, retry) : <DefaultError error={error} messages={messages} retry={canRetry ? retry : undefined} />);
    default:
      return status satisfies never;
  }
}

/** A step whose code loads on demand: shown once loaded, else its failed load (with "Try again") or a loading line. */
function loadedStep<T>({ value, failure }: Loaded<T>, messages: ExchangeMessages, loadingText: string, show: (value: T) => ReactNode): ReactNode {
  if (value) return show(value);
  if (failure) return <DefaultError error={failure.error} messages={messages} retry={failure.retry} />;
  return <LoadingStatus text={loadingText} />;
}

/** The journey's end: a tick and what is done, announced. */
function Done({ text }: { text: string }) {
  return (
    <div className="dwx-linked" data-part="linked" role="status">
      <svg className="dwx-tick" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
        <path d="M5 10.5l3.2 3.2L15 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{text}</span>
    </div>
  );
}
