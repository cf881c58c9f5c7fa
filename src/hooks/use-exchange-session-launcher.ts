'use client';
import { createElement, useMemo, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import type { ExchangeCompletion } from '../core/complete-exchange';
import type { ExchangeSessionError } from '../core/errors';
import type { AvailableExchangeConnection } from '../core/exchange-token';
import type { CompleteOption, LauncherSettings, LauncherState } from '../core/launcher/launcher-state';
import { launcherSource, launcherSourceKey } from '../core/launcher/launcher-source';
import { launcherCommand, launcherStatus, type ExchangeSessionLauncherStatus } from '../core/launcher/launcher-status';
import { createLauncherStore } from '../core/launcher/launcher-store';
import type { PartnerConfig } from '../core/partner-config';
import type { ReauthenticationTarget } from '../core/reauth-target';
import type { ExchangeSessionResumeOptions } from '../core/resume-store';
import type { ExchangePartner, ExchangeSession } from '../core/session';
import { loadedPartner } from '../partners/load-partner';
import { useExchangeSessionConfig, type ExchangeSessionCallbacks, type ExchangeSessionConfig } from './exchange-session-context';
import { runLauncherCommand } from './launcher-commands';
import { launcherFlowReporter } from './launcher-flow-reporter';
import { performLauncherOutput } from './launcher-outputs';
import { missingEndpoint } from './missing-endpoint';
import type { UseExchangeSessionOptions } from './use-exchange-session';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useLatest } from './use-latest';
import { useResolvedQueryClient } from './use-resolved-query-client';
import { useTask } from './use-task';

export type { CompleteOption } from '../core/launcher/launcher-state';
export type { ExchangeSessionLauncherStatus } from '../core/launcher/launcher-status';

/** Options of {@link useExchangeSessionLauncher}; each one overrides the `ExchangeSessionProvider`'s. */
export interface UseExchangeSessionLauncherOptions
  extends Omit<UseExchangeSessionOptions, 'enabled'>,
    PartnerConfig,
    ExchangeSessionCallbacks,
    Pick<ExchangeSessionConfig, 'createSession' | 'completeExchange' | 'availableConnections'> {
  /** Plaid OAuth: the URL the bank sent the user back to (`window.location.href` on that page). */
  receivedRedirectUri?: string;
  /**
   * The partner the session will be, when the app knows it: its code and script then load in
   * parallel with the session request (see `preloadExchangePartner`).
   */
  partnerHint?: ExchangePartner;
  /**
   * Without a session id: create a session with this partner through `createSession`, once per
   * mount, then run it. Its code and script preload meanwhile.
   */
  partner?: ExchangePartner;
  /**
   * Save the session in `sessionStorage` when its flow may leave the page (Plaid Link opens, MX
   * redirects), and, without a `sessionId` or `partner`, pick the saved one up on return: Plaid
   * re-opens with the same token; an MX session is not sent to its spent URL again, but reported
   * as `returned` and, with `complete`, taken on to the account picker.
   */
  resume?: boolean | ExchangeSessionResumeOptions;
  /**
   * Re-authenticate an exchange whose bank login expired: its id, its Dwolla URL, or Dwolla's
   * `UpdateCredentials` error body. A re-authentication session is created through
   * `createSession` and run; `onSuccess` then reports `reauthenticated: true`.
   */
  reauthenticate?: ReauthenticationTarget;
  /**
   * After the flow succeeds, create the Dwolla exchange through `completeExchange` (for MX, once
   * the user picked an account from `availableConnections`), optionally with a funding source;
   * `onComplete` reports it.
   */
  complete?: CompleteOption;
}

/** MX, with `complete`: the finished session whose connected accounts the user picks from, and what to call with the choice. */
export interface ExchangeConnectionChoice {
  sessionId: string;
  choose: (connection: AvailableExchangeConnection) => void;
}

/** What {@link useExchangeSessionLauncher} returns. */
export interface ExchangeSessionLauncherState {
  status: ExchangeSessionLauncherStatus;
  session: ExchangeSession | undefined;
  error: ExchangeSessionError | null;
  /**
   * Tries the failed step again: creates or fetches the session (a new one after `sessionExpired`),
   * loads the partner, restarts its flow, or posts the completion again (for the funding source
   * alone when only it failed). Does nothing when trying again cannot help.
   */
  retry: () => void;
  /** Whether `retry` can help with `error` (not for a setup error or an unsafe URL). */
  canRetry: boolean;
  /** The partner's UI (MX iframe or redirect notice, Plaid button, Checkout.com Flow) while `status` is `ready`: render it once. */
  flow: ReactElement | null;
  /** With `complete`, after an MX flow: render an `ExchangeConnectionPicker` with it. */
  connectionChoice: ExchangeConnectionChoice | null;
  /** With `complete`, once `status` is `complete`: the exchange, as `onComplete` reported it. */
  completion: ExchangeCompletion | undefined;
}

const mxUrlLifetimeMs = 10 * 60 * 1000;

/**
 * Fetches an exchange session and runs the partner flow its shape calls for, with one set of
 * callbacks for MX, Plaid and Checkout.com. Its decisions are one state machine
 * (`core/launcher/launcher-machine.ts`); this hook feeds it events and carries out its commands.
 * Callbacks are always the latest ones passed; changing them never re-creates a widget.
 *
 * @example
 * ```tsx
 * const { flow, status, error, retry } = useExchangeSessionLauncher(id, { onSuccess: save });
 * return status === 'error' ? <button onClick={retry}>{error.message}</button> : flow;
 * ```
 */
export function useExchangeSessionLauncher(
  sessionId: string | null | undefined,
  { receivedRedirectUri, partnerHint, partner, resume, reauthenticate, complete, ...options }: UseExchangeSessionLauncherOptions = {},
): ExchangeSessionLauncherState {
  const config = useExchangeSessionConfig(options);
  const client = useResolvedQueryClient(config.queryClient);
  const resumeOptions = resume === true ? {} : resume || undefined;
  const source = launcherSource({ sessionId, partner, partnerHint, reauthenticate, resume: resumeOptions !== undefined });
  const sourceKey = launcherSourceKey(source);
  const settings: LauncherSettings = {
    canCreate: config.createSession !== undefined,
    complete,
    resume: resumeOptions !== undefined,
    mxAllowedHosts: config.mx?.allowedHosts,
    mxLifetimeMs: config.mx?.sessionLifetimeMs ?? mxUrlLifetimeMs,
  };
  const scriptOptions = { nonce: config.nonce, timeoutMs: config.scriptTimeoutMs };
  const latest = useLatest({ settings, callbacks: config, resumeOptions, scriptOptions });
  const [store] = useState(() =>
    createLauncherStore(source, {
      settings: () => latest.current.settings,
      perform: (output) => performLauncherOutput(output, latest.current),
    }),
  );
  const { state, seq } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  useIsomorphicLayoutEffect(() => store.start(), [store]);
  const startedWith = useRef(sourceKey);
  useIsomorphicLayoutEffect(() => {
    if (startedWith.current === sourceKey) return;
    startedWith.current = sourceKey;
    store.send({ type: 'restart', source });
  }, [store, source, sourceKey]);

  const command = launcherCommand(state);
  const { endpoint, headers, credentials, fetch, createSession, completeExchange } = config;
  useTask(command && seq, (signal) => {
    if (!command) return;
    const backend = { endpoint: endpoint ?? missingEndpoint('endpoint', '/api/exchange-sessions'), headers, credentials, fetch };
    const endpoints = {
      createSession: createSession ?? missingEndpoint('createSession', '/api/exchange-sessions'),
      completeExchange: completeExchange ?? missingEndpoint('completeExchange', '/api/exchange-sessions/{id}/exchange'),
    };
    runLauncherCommand(command, { backend, ...endpoints, client, resumeOptions, scriptOptions }, signal, (event) => store.sendFrom(seq, event));
  });

  const report = useMemo(() => launcherFlowReporter((event) => store.sendFrom(seq, event)), [store, seq]);
  const Flow = state.value === 'open' ? loadedPartner(state.session.partner) : undefined;
  const choosingIn = choosingSession(state);

  return {
    status: launcherStatus(state),
    session: state.session,
    error: state.value === 'error' ? state.error : null,
    retry: () => store.send({ type: 'retry' }),
    canRetry: state.value === 'error' && state.retry !== undefined,
    flow: Flow && state.value === 'open' ? createElement(Flow, { key: seq, session: state.session, config, report, receivedRedirectUri }) : null,
    connectionChoice: choosingIn ? { sessionId: choosingIn, choose: (connection) => store.send({ type: 'connectionChosen', connection }) } : null,
    completion: state.value === 'complete' ? state.completion : undefined,
  };
}

/** The MX session whose accounts are being chosen from, or whose chosen account is being posted. */
function choosingSession(state: LauncherState): string | undefined {
  if (state.value === 'choosing') return state.sessionId;
  if (state.value === 'completing' && state.request.partner === 'mx') return state.request.sessionId;
  return undefined;
}
