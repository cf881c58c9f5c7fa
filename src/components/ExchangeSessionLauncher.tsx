'use client';
import { useEffect } from 'react';
import { callApp } from '../core/app-callback';
import { createLoader, loaded } from '../core/loader';
import { enShell } from '../core/messages/en-shell';
import { useLatest } from '../hooks/use-latest';
import { useLoaded } from '../hooks/use-loaded';
import { useCatalogue } from '../hooks/use-catalogue';
import { useStartAhead } from '../hooks/use-start-ahead';
import { ErrorCard } from '../ui/error-card';
import { LoadingStatus } from '../ui/loading-status';
import type { ExchangeSessionLauncherProps } from './launcher-props';
import { LauncherRoot } from './launcher-root';

export type { ExchangeSessionLauncherProps, ExchangeSessionSlots } from './launcher-props';

const launcherScreen = createLoader(() => import('./launcher-screen').then((module) => module.default));
// The shell's own texts: the rest of English comes with the launcher's code.
const shellTexts = loaded(enShell);

/**
 * Gets an exchange session through your backend and runs its partner's flow: MX Connect
 * (redirect or embedded), Plaid Link, or Checkout.com Flow — and, with `complete`, on to the
 * Dwolla exchange (an account picker for MX). What it shows follows the `status` of
 * `useExchangeSessionLauncher`.
 *
 * An app ships only this shell up front: in its first commit it sends the session request or the
 * creation (and starts the partner's code and script when the source names the partner) while
 * the launcher's own code loads beside them; the launcher takes them over when it arrives.
 *
 * @example
 * ```tsx
 * <ExchangeSessionLauncher source={{ create: 'plaid' }} complete onComplete={(done) => navigate('/linked')} />
 * ```
 */
export function ExchangeSessionLauncher(props: ExchangeSessionLauncherProps) {
  const { source, className, style, renderLoading, renderError, onError, locale, messages, appearance } = props;
  const presentation = useCatalogue({ locale, messages, appearance }, enShell, shellTexts);
  const texts = presentation.messages;
  const idle = !source || source.sessionId?.trim() === '';
  // The server renders the placeholder (nothing loads there); the launcher's first render is the
  // same placeholder, so a page that has its code already hydrates without a mismatch.
  const { value: LauncherScreen, failure } = useLoaded(launcherScreen, !idle, 'The launcher’s code');
  // Its first text is in the user's language: the launcher waits for the locale's texts too.
  const shown = LauncherScreen !== undefined && !presentation.loadingTexts;
  const ahead = useStartAhead(source, shown);
  const reportTo = useLatest(onError);
  useEffect(() => {
    if (failure) callApp(reportTo.current, failure.error);
  }, [failure, reportTo]);

  const root = { presentation, className, style };
  if (idle) return <LauncherRoot status="idle" {...root} />;
  if (shown) return <LauncherScreen {...props} ahead={ahead} />;
  return (
    <LauncherRoot status={failure ? 'error' : 'loading'} {...root}>
      {failure
        ? renderError
          ? renderError(failure.error, failure.retry)
          : <ErrorCard code={failure.error.code} title={texts.errorOffline} hint={texts.errorOfflineHint} retry={{ label: texts.retry, onClick: failure.retry }} />
        : renderLoading
          ? renderLoading()
          : <LoadingStatus text={presentation.loadingTexts ? undefined : texts.loading} />}
    </LauncherRoot>
  );
}
