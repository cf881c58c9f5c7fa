'use client';
import { useEffect, type ReactNode } from 'react';
import { callApp } from '../core/app-callback';
import type { ExchangeCompletion } from '../core/complete-exchange';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangeSessionSource, UseExchangeSessionLauncherOptions } from '../hooks/use-exchange-session-launcher';
import { createLoader } from '../core/loader';
import { useLoaded } from '../hooks/use-loaded';
import { useStartAhead } from '../hooks/use-start-ahead';
import { DefaultError } from './default-error';
import { DefaultLoading } from './default-loading';

/** The launcher's render slots: what it shows instead of its defaults. */
export interface ExchangeSessionSlots {
  /** Shown while the session, the partner's code or its script loads. */
  renderLoading?: () => ReactNode;
  /** Shown for an error; `retry` tries the failed step again. */
  renderError?: (error: ExchangeSessionError, retry: () => void) => ReactNode;
  /** Shown once `complete` has created the exchange (or a re-authentication finished). */
  renderComplete?: (completion: ExchangeCompletion) => ReactNode;
}

/** Props of {@link ExchangeSessionLauncher}. */
export interface ExchangeSessionLauncherProps extends UseExchangeSessionLauncherOptions, ExchangeSessionSlots {
  /** Where the session comes from (see {@link ExchangeSessionSource}); nothing happens without one. */
  source: ExchangeSessionSource | null | undefined;
  /** A class for the launcher's wrapper, which also carries `data-status`. */
  className?: string;
}

const launcherScreen = createLoader(() => import('./launcher-screen').then((module) => module.default));

/**
 * Gets an exchange session through your backend and runs its partner's flow: MX Connect
 * (redirect or embedded), Plaid Link, or Checkout.com Flow — and, with `complete`, on to the
 * Dwolla exchange (an account picker for MX). What it shows follows the `status` of
 * {@link useExchangeSessionLauncher}.
 *
 * An app ships only this shell up front: in its first commit it sends the session request (and
 * starts the partner's code and script when the source names the partner) while the launcher's
 * own code loads beside them.
 *
 * @example
 * ```tsx
 * <ExchangeSessionLauncher source={{ create: 'plaid' }} complete onComplete={(done) => navigate('/linked')} />
 * ```
 */
export function ExchangeSessionLauncher(props: ExchangeSessionLauncherProps) {
  const { source, className, renderLoading, renderError, onError } = props;
  const idle = !source || source.sessionId?.trim() === '';
  useStartAhead(source, launcherScreen.current !== undefined);
  // The server renders the placeholder (nothing loads there); the launcher's first render is the
  // same placeholder, so a page that has its code already hydrates without a mismatch.
  const { value: LauncherScreen, failure } = useLoaded(launcherScreen, !idle, 'The launcher’s code');
  useEffect(() => {
    if (failure) callApp(onError, failure.error);
  }, [failure, onError]);

  if (idle) return <div className={className} data-status="idle" aria-busy={false} />;
  if (LauncherScreen) return <LauncherScreen {...props} />;
  return (
    <div className={className} data-status={failure ? 'error' : 'loading'} aria-busy={!failure}>
      {failure
        ? renderError
          ? renderError(failure.error, failure.retry)
          : <DefaultError error={failure.error} retry={failure.retry} />
        : renderLoading
          ? renderLoading()
          : <DefaultLoading />}
    </div>
  );
}
