'use client';
import type { ReactNode } from 'react';
import { useExchangeSessionConfig, type ExchangeSessionSlots } from '../hooks/exchange-session-context';
import {
  useExchangeSessionLauncher,
  type ExchangeSessionLauncherState,
  type UseExchangeSessionLauncherOptions,
} from '../hooks/use-exchange-session-launcher';
import { DefaultError, DefaultLoading } from './default-states';
import { ExchangeConnectionPicker } from './ExchangeConnectionPicker';

/** Props of {@link ExchangeSessionLauncher}; each one can also come from `ExchangeSessionProvider`. */
export interface ExchangeSessionLauncherProps extends UseExchangeSessionLauncherOptions, ExchangeSessionSlots {
  /**
   * The exchange session id, or its Dwolla resource URL. Without one, give `partner` or
   * `reauthenticate` (and `createSession`) to create the session, or `resume`; with none of
   * them, nothing happens.
   */
  sessionId?: string | null;
  /** A class for the launcher's wrapper, which also carries `data-status`. */
  className?: string;
}

/**
 * Fetches an exchange session through your backend and runs its partner's flow: MX Connect
 * (redirect or embedded), Plaid Link, or Checkout.com Flow — and, with `complete`, on to the
 * Dwolla exchange (an `ExchangeConnectionPicker` for MX). A thin wrapper around
 * {@link useExchangeSessionLauncher}: what it shows is chosen by the same `status` it reports.
 *
 * @example
 * ```tsx
 * <ExchangeSessionLauncher sessionId={id} onSuccess={(result) => createExchange(result)} />
 * ```
 */
export function ExchangeSessionLauncher({ sessionId, className, renderLoading, renderError, renderComplete, ...options }: ExchangeSessionLauncherProps) {
  const slots = useExchangeSessionConfig({ renderLoading, renderError, renderComplete });
  const launcher = useExchangeSessionLauncher(sessionId, options);
  const { status } = launcher;
  const { availableConnections, headers, credentials, fetch, queryClient } = options;
  const picker = launcher.connectionChoice && (
    <ExchangeConnectionPicker
      {...{ availableConnections, headers, credentials, fetch, queryClient }}
      sessionId={launcher.connectionChoice.sessionId}
      onSelect={launcher.connectionChoice.choose}
      busy={status === 'completing'}
    />
  );

  return (
    <div className={className} data-status={status} aria-busy={status === 'loading' || status === 'completing'}>
      {screenOf(launcher, slots, picker)}
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
