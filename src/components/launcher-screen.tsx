'use client';
import type { ReactNode } from 'react';
import { useExchangeSessionLauncher, type ExchangeSessionLauncherState } from '../hooks/use-exchange-session-launcher';
import { createLoader } from '../core/loader';
import { useLoaded } from '../hooks/use-loaded';
import { DefaultError } from './default-error';
import { DefaultLoading } from './default-loading';
import type { ExchangeSessionLauncherProps, ExchangeSessionSlots } from './ExchangeSessionLauncher';

// The account picker is a step of its own: its chunk loads with MX's flow when `complete` is set.
const connectionPicker = createLoader(() => import('./ExchangeConnectionPicker').then((module) => module.ExchangeConnectionPicker));

/**
 * The launcher's own UI over {@link useExchangeSessionLauncher}: what it shows is chosen by the
 * same `status` it reports. Its chunk loads when a launcher first has a source, beside the
 * session request.
 */
export default function LauncherScreen({ source, className, renderLoading, renderError, renderComplete, ...options }: ExchangeSessionLauncherProps) {
  const launcher = useExchangeSessionLauncher(source, options);
  const { status } = launcher;
  const choosesAccount = launcher.connectionChoice !== null || (status === 'ready' && Boolean(options.complete) && launcher.session?.partner === 'mx');
  const { value: ExchangeConnectionPicker, failure } = useLoaded(connectionPicker, choosesAccount, 'The account picker’s code');
  const choice = launcher.connectionChoice;
  const picker =
    choice &&
    (ExchangeConnectionPicker ? (
      <ExchangeConnectionPicker sessionId={choice.sessionId} onSelect={choice.choose} busy={status === 'completing'} />
    ) : failure ? (
      <DefaultError error={failure.error} retry={failure.retry} />
    ) : (
      <DefaultLoading />
    ));

  return (
    <div className={className} data-status={status} aria-busy={status === 'loading' || status === 'completing'}>
      {screenOf(launcher, { renderLoading, renderError, renderComplete }, picker)}
    </div>
  );
}

function screenOf({ status, error, retry, canRetry, flow, completion }: ExchangeSessionLauncherState, slots: ExchangeSessionSlots, picker: ReactNode): ReactNode {
  switch (status) {
    case 'idle':
      return null;
    case 'loading':
      return slots.renderLoading ? slots.renderLoading() : <DefaultLoading />;
    case 'ready':
      return flow;
    case 'success':
      return <p role="status">Your account is connected.</p>;
    case 'choosing':
      return picker;
    case 'completing':
      return picker ?? <DefaultLoading>Linking your account…</DefaultLoading>;
    case 'complete':
      return completion && (slots.renderComplete ? slots.renderComplete(completion) : <p role="status">Your account is linked.</p>);
    case 'error':
      return error && (slots.renderError ? slots.renderError(error, retry) : <DefaultError error={error} retry={canRetry ? retry : undefined} />);
    default:
      return status satisfies never;
  }
}
