'use client';
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { callApp } from '../core/app-callback';
import type { ExchangeCompletion } from '../core/exchange/complete-exchange';
import type { ExchangeSessionError } from '../core/errors';
import type { CardDetails } from '../core/exchange/exchange-token';
import type { ExchangeSessionSource, UseExchangeSessionLauncherOptions } from '../hooks/use-exchange-session-launcher';
import { createLoader } from '../core/loader';
import { useLoaded } from '../hooks/use-loaded';
import { usePresentation } from '../hooks/use-presentation';
import { useStartAhead } from '../hooks/use-start-ahead';
import { DefaultError } from './default-error';
import { LoadingStatus } from '../ui/loading-status';
import { LauncherRoot } from './launcher-root';

/** The launcher's render slots: what it shows instead of its defaults. */
export interface ExchangeSessionSlots {
  /** Shown while the session, the partner's code or its script loads. */
  renderLoading?: () => ReactNode;
  /** Shown for an error; `retry` tries the failed step again. */
  renderError?: (error: ExchangeSessionError, retry: () => void) => ReactNode;
  /** Shown once `complete` has created the exchange (or a re-authentication finished). */
  renderComplete?: (completion: ExchangeCompletion) => ReactNode;
  /** Shown for a card's billing details (status `billing`) instead of the default form: call `submit` with them. */
  renderBillingDetails?: (submit: (details: CardDetails) => void) => ReactNode;
}

/** Props of {@link ExchangeSessionLauncher}. */
export interface ExchangeSessionLauncherProps extends UseExchangeSessionLauncherOptions, ExchangeSessionSlots {
  /** Where the session comes from (see {@link ExchangeSessionSource}); nothing happens without one. */
  source: ExchangeSessionSource | null | undefined;
  /** A class for the launcher's root, beside `dwx`; the root carries `data-part="root"` and `data-status`. */
  className?: string;
  /** Inline style for the launcher's root, over the appearance's variables. */
  style?: CSSProperties;
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
  const { source, className, style, renderLoading, renderError, onError, locale, messages, appearance } = props;
  const presentation = usePresentation({ locale, messages, appearance });
  const idle = !source || source.sessionId?.trim() === '';
  useStartAhead(source, launcherScreen.current !== undefined);
  // The server renders the placeholder (nothing loads there); the launcher's first render is the
  // same placeholder, so a page that has its code already hydrates without a mismatch.
  const { value: LauncherScreen, failure } = useLoaded(launcherScreen, !idle, 'The launcher’s code');
  useEffect(() => {
    if (failure) callApp(onError, failure.error);
  }, [failure, onError]);

  const root = { presentation, className, style };
  if (idle) return <LauncherRoot status="idle" {...root} />;
  // Its first text is in the user's language: the launcher waits for the locale's texts too.
  if (LauncherScreen && !presentation.loadingTexts) return <LauncherScreen {...props} />;
  return (
    <LauncherRoot status={failure ? 'error' : 'loading'} {...root}>
      {failure
        ? renderError
          ? renderError(failure.error, failure.retry)
          : <DefaultError error={failure.error} messages={presentation.messages} retry={failure.retry} />
        : renderLoading
          ? renderLoading()
          : <LoadingStatus text={presentation.loadingTexts ? undefined : presentation.messages.loading} />}
    </LauncherRoot>
  );
}
