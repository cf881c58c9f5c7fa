'use client';
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import type { ExchangeCompletion } from '../core/complete-exchange';
import type { ExchangeSessionError } from '../core/errors';
import { preloadExchangePartner } from '../partners/preload-partner';
import { useExchangeSessionSettings } from '../hooks/exchange-session-context';
import type { ExchangeSessionSource, UseExchangeSessionLauncherOptions } from '../hooks/use-exchange-session-launcher';
import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';
import { useResolvedQueryClient } from '../hooks/use-resolved-query-client';
import { sendSessionRequestAhead } from '../hooks/session-request-ahead';
import { useTask } from '../hooks/use-task';
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

const LauncherScreen = lazy(() => import('./launcher-screen'));
const subscribeToNothing = () => () => undefined;
const isClient = () => true;
const isServer = () => false;

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
  const { source, className, renderLoading } = props;
  const { backend, queryClient, partnerScripts } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  const onClient = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  const sessionId = source?.sessionId?.trim() ? source.sessionId : undefined;
  const partner = source?.partner ?? source?.create;
  // The script first: it is the slower of the two, and the session request must not hold it back.
  useIsomorphicLayoutEffect(() => {
    if (partner) preloadExchangePartner(partner, partnerScripts).catch(() => undefined);
  }, [partner, partnerScripts]);
  // Aborted if the launcher unmounts before its machine took the request over.
  useTask(sessionId, (signal) => {
    if (sessionId) sendSessionRequestAhead(client, sessionId, backend, signal);
  });

  if (!source || source.sessionId?.trim() === '') return <div className={className} data-status="idle" aria-busy={false} />;
  const loading = (
    <div className={className} data-status="loading" aria-busy>
      {renderLoading ? renderLoading() : <DefaultLoading />}
    </div>
  );
  // On the server and while hydrating, the placeholder alone: the launcher's code is not loaded there.
  if (!onClient) return loading;
  return (
    <Suspense fallback={loading}>
      <LauncherScreen {...props} />
    </Suspense>
  );
}
