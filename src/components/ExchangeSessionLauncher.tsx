'use client';
import { useExchangeSessionConfig } from '../hooks/exchange-session-context';
import {
  useExchangeSessionLauncher,
  type UseExchangeSessionLauncherOptions,
} from '../hooks/use-exchange-session-launcher';
import type { ExchangeSessionSlots } from '../hooks/exchange-session-context';
import { describeError, isRetryable } from './error-copy';
import type { ExchangeSessionError } from '../core/errors';

/** Props of {@link ExchangeSessionLauncher}; each one can also come from `ExchangeSessionProvider`. */
export interface ExchangeSessionLauncherProps extends Omit<UseExchangeSessionLauncherOptions, 'loading'>, ExchangeSessionSlots {
  /**
   * The exchange session id, or its Dwolla resource URL. Without one, give `partner` (and
   * `createSession`) to create the session; with neither, nothing happens.
   */
  sessionId?: string | null;
  /** A class for the launcher's wrapper, which also carries `data-status`. */
  className?: string;
}

/**
 * Fetches an exchange session through your backend and runs its partner's flow: MX Connect
 * (redirect or embedded), Plaid Link, or Checkout.com Flow. A thin wrapper around
 * {@link useExchangeSessionLauncher} with accessible loading and error states.
 *
 * @example
 * ```tsx
 * <ExchangeSessionLauncher sessionId={id} onSuccess={(result) => createExchange(result)} />
 * ```
 */
export function ExchangeSessionLauncher({ sessionId, className, renderLoading, renderError, ...options }: ExchangeSessionLauncherProps) {
  const slots = useExchangeSessionConfig({ renderLoading, renderError });
  const loading = (slots.renderLoading ?? defaultLoading)();
  const { status, error, retry, flow } = useExchangeSessionLauncher(sessionId, { ...options, loading });

  return (
    <div className={className} data-status={status} aria-busy={status === 'loading'}>
      {status === 'loading' && loading}
      {error && (slots.renderError ?? defaultError)(error, retry)}
      {flow}
    </div>
  );
}

function defaultLoading() {
  return <p role="status">Loading…</p>;
}

function defaultError(error: ExchangeSessionError, retry: () => void) {
  return (
    <div role="alert">
      <p>{describeError(error)}</p>
      {isRetryable(error.code) && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
