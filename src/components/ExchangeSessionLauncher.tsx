'use client';
import { useExchangeSessionConfig } from '../hooks/exchange-session-context';
import {
  useExchangeSessionLauncher,
  type UseExchangeSessionLauncherOptions,
} from '../hooks/use-exchange-session-launcher';
import type { ExchangeSessionSlots } from '../hooks/exchange-session-context';
import { DefaultError, DefaultLoading } from './default-states';
import { ExchangeConnectionPicker } from './ExchangeConnectionPicker';
import type { ExchangeSessionError } from '../core/errors';

/** Props of {@link ExchangeSessionLauncher}; each one can also come from `ExchangeSessionProvider`. */
export interface ExchangeSessionLauncherProps extends Omit<UseExchangeSessionLauncherOptions, 'loading'>, ExchangeSessionSlots {
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
 * {@link useExchangeSessionLauncher} with accessible loading, error and completion states.
 *
 * @example
 * ```tsx
 * <ExchangeSessionLauncher sessionId={id} onSuccess={(result) => createExchange(result)} />
 * ```
 */
export function ExchangeSessionLauncher({ sessionId, className, renderLoading, renderError, renderComplete, ...options }: ExchangeSessionLauncherProps) {
  const slots = useExchangeSessionConfig({ renderLoading, renderError, renderComplete });
  const loading = (slots.renderLoading ?? defaultLoading)();
  const { status, error, retry, flow, connectionChoice, completion } = useExchangeSessionLauncher(sessionId, { ...options, loading });
  const { availableConnections, headers, credentials, fetch, queryClient } = options;

  return (
    <div className={className} data-status={status} aria-busy={status === 'loading' || status === 'completing'}>
      {status === 'loading' && loading}
      {error && (slots.renderError ?? defaultError)(error, retry)}
      {flow}
      {connectionChoice && (
        <ExchangeConnectionPicker
          {...{ availableConnections, headers, credentials, fetch, queryClient }}
          sessionId={connectionChoice.sessionId}
          onSelect={connectionChoice.choose}
          busy={status === 'completing'}
        />
      )}
      {status === 'completing' && !connectionChoice && <DefaultLoading>Linking your account…</DefaultLoading>}
      {status === 'complete' && completion && (slots.renderComplete ?? defaultComplete)(completion)}
    </div>
  );
}

function defaultComplete() {
  return <p role="status">Your account is linked.</p>;
}

function defaultLoading() {
  return <DefaultLoading />;
}

function defaultError(error: ExchangeSessionError, retry: () => void) {
  return <DefaultError error={error} retry={retry} />;
}
