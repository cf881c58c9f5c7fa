'use client';
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { callApp } from '../core/app-callback';
import type { ExchangeCompletion } from '../core/complete-exchange';
import { ExchangeSessionError } from '../core/errors';
import { preloadExchangePartner } from '../partners/preload-partner';
import { useExchangeSessionSettings } from '../hooks/exchange-session-context';
import type { ExchangeSessionSource, UseExchangeSessionLauncherOptions } from '../hooks/use-exchange-session-launcher';
import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';
import { useResolvedQueryClient } from '../hooks/use-resolved-query-client';
import { sendCreateRequestAhead, sendSessionRequestAhead } from '../hooks/requests-ahead';
import { useTask } from '../hooks/use-task';
import { preloadJourneyStep } from '../hooks/journey-steps';
import { createLoader, useLoaded } from '../hooks/use-loaded';
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
  const { source, className, renderLoading, renderError, onError } = props;
  const { backend, queryClient, partnerScripts } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  const onClient = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  const sessionId = source?.sessionId?.trim() ? source.sessionId : undefined;
  const partner = source?.partner ?? source?.create;
  const firstStep = source?.resume ? 'resume' : source?.create || source?.reauthenticate !== undefined ? 'create' : undefined;
  // The script first: it is the slower of the two, and the session request must not hold it back.
  useIsomorphicLayoutEffect(() => {
    if (partner) preloadExchangePartner(partner, partnerScripts).catch(() => undefined);
  }, [partner, partnerScripts]);

  const idle = !source || source.sessionId?.trim() === '';
  // Sent in the first commit, before the launcher's code is asked for (its chunks would queue
  // ahead of it); aborted if the launcher unmounts before its machine took it over. Once that
  // code is loaded, the machine sends its own requests.
  const create = source?.create;
  const ahead = launcherScreen.current ? undefined : sessionId ? `session:${sessionId}` : create && `create:${create}`;
  useTask(ahead, (signal) => {
    if (sessionId) sendSessionRequestAhead(client, sessionId, backend ?? {}, signal);
    else if (create) sendCreateRequestAhead(client, { partner: create }, backend ?? {}, signal);
  });
  // The first step's code loads beside the launcher's, not after it.
  useIsomorphicLayoutEffect(() => {
    if (firstStep) preloadJourneyStep(firstStep);
  }, [firstStep]);
  // On the server and while hydrating, the placeholder alone: the launcher's code is not loaded there.
  const { value: LauncherScreen, failure } = useLoaded(launcherScreen, onClient && !idle);
  const error = useMemo(() => failure && new ExchangeSessionError('network', 'The launcher’s code could not be loaded.', { cause: failure.cause }), [failure]);
  useEffect(() => {
    if (error) callApp(onError, error);
  }, [error, onError]);

  if (idle) return <div className={className} data-status="idle" aria-busy={false} />;
  if (LauncherScreen) return <LauncherScreen {...props} />;
  return (
    <div className={className} data-status={error ? 'error' : 'loading'} aria-busy={!error}>
      {error && failure
        ? renderError
          ? renderError(error, failure.retry)
          : <DefaultError error={error} retry={failure.retry} />
        : renderLoading
          ? renderLoading()
          : <DefaultLoading />}
    </div>
  );
}
