'use client';
import { createElement, useMemo, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import type { ExchangeCompletion } from '../core/exchange/complete-exchange';
import type { ExchangeSessionError } from '../core/errors';
import type { AvailableExchangeConnection, CardDetails } from '../core/exchange/exchange-token';
import type { ExchangeSessionEvent, ExchangeSessionExit, ExchangeSessionSuccess } from '../core/launch-result';
import type { CompleteOption, LauncherSettings, LauncherState } from '../core/launcher/launcher-state';
import { launcherSource, launcherSourceKey, type ExchangeSessionSource } from '../core/launcher/launcher-source';
import { launcherCommand, launcherStatus, type ExchangeSessionLauncherStatus } from '../core/launcher/launcher-status';
import { createLauncherStore } from '../core/launcher/launcher-store';
import { stepsAfterFlow } from '../core/launcher/steps-after-flow';
import type { PartnerConfig } from '../core/partner-config';
import type { ExchangePresentation } from '../core/presentation/presentation';
import type { ExchangeSession } from '../core/session/session';
import { loadedPartner } from '../partners/load-partner';
import { mergePartnerConfig, useExchangeSessionSettings } from './exchange-session-context';
import { preloadJourneyStep } from './journey-steps';
import { runLauncherCommand } from './launcher-commands';
import { launcherFlowReporter } from './launcher-flow-reporter';
import { performLauncherOutput } from './launcher-outputs';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useLatest } from './use-latest';
import { usePresentation } from './use-presentation';
import { useResolvedQueryClient } from './use-resolved-query-client';
import { useTask } from './use-task';

export type { CompleteOption } from '../core/launcher/launcher-state';
export type { ExchangeSessionLauncherStatus } from '../core/launcher/launcher-status';
export type { ExchangeSessionSource } from '../core/launcher/launcher-source';

/** The launcher's callbacks, the same for every partner. Always the latest ones passed are called. */
export interface ExchangeSessionCallbacks {
  /** The partner flow finished (with `complete`, the exchange is created next). */
  onSuccess?: (result: ExchangeSessionSuccess) => void;
  /** The user closed Plaid Link without finishing. */
  onExit?: (info: ExchangeSessionExit) => void;
  /** Anything that went wrong, once per error: fetching, loading the partner, in its widget, completing. */
  onError?: (error: ExchangeSessionError) => void;
  /** Progress and the partner's own events, for analytics. */
  onEvent?: (event: ExchangeSessionEvent) => void;
  /** MX redirect mode: navigate yourself (a router, a new tab); `window.location.assign` otherwise. */
  onRedirect?: (url: string) => void;
  /** With `complete`: the backend created the exchange (and funding source), or a re-authentication finished. */
  onComplete?: (completion: ExchangeCompletion) => void;
}

/**
 * Options of {@link useExchangeSessionLauncher}: the callbacks, the completion, and this
 * launcher's partner settings, locale, texts and appearance (over the provider's).
 */
export interface UseExchangeSessionLauncherOptions extends ExchangeSessionCallbacks, PartnerConfig, ExchangePresentation {
  /**
   * After the flow succeeds, create the Dwolla exchange through the backend (for MX, once the
   * user picked an account), optionally with a funding source; `onComplete` reports it.
   */
  complete?: CompleteOption;
}

/** MX, with `complete`: the finished session whose connected accounts the user picks from, and what to call with the choice. */
export interface ExchangeConnectionChoice {
  sessionId: string;
  choose: (connection: AvailableExchangeConnection) => void;
}

/**
 * A card, with `complete={{ fundingSource: true }}` or a function: the billing details Dwolla's
 * card funding source needs, which Flow does not ask for. Render a form, then `submit` them.
 */
export interface ExchangeBillingDetailsRequest {
  sessionId: string;
  submit: (details: CardDetails) => void;
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
  /** While `status` is `billing`: the card's billing details to ask for. */
  billingDetails: ExchangeBillingDetailsRequest | null;
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
 * const { flow, status, error, retry } = useExchangeSessionLauncher({ sessionId: id }, { onSuccess: save });
 * return status === 'error' ? <button onClick={retry}>{error.message}</button> : flow;
 * ```
 */
export function useExchangeSessionLauncher(
  sessionSource: ExchangeSessionSource | null | undefined,
  { complete, mx, plaid, checkout, locale, messages, appearance, ...callbacks }: UseExchangeSessionLauncherOptions = {},
): ExchangeSessionLauncherState {
  const provided = useExchangeSessionSettings();
  const partners = mergePartnerConfig(provided, { mx, plaid, checkout });
  const { backend = {}, partnerScripts: scriptOptions = {} } = provided;
  const client = useResolvedQueryClient(provided.queryClient);
  const presentation = usePresentation({ locale, messages, appearance });
  const source = launcherSource(sessionSource);
  const sourceKey = launcherSourceKey(source);
  const settings: LauncherSettings = {
    complete,
    mxAllowedHosts: partners.mx?.allowedHosts,
    mxLifetimeMs: partners.mx?.sessionLifetimeMs ?? mxUrlLifetimeMs,
  };
  const latest = useLatest({ settings, callbacks, scriptOptions });
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
  useTask(command && seq, (signal) => {
    if (command) runLauncherCommand(command, { backend, client, scriptOptions }, signal, (event) => store.sendFrom(seq, event));
  });
  const open = state.value === 'open' ? state.session.partner : undefined;
  useIsomorphicLayoutEffect(() => {
    if (!open) return;
    const ahead = stepsAfterFlow(open, complete);
    if (ahead.resume) preloadJourneyStep('resume');
    if (ahead.complete) preloadJourneyStep('complete');
  }, [open, complete]);

  const report = useMemo(() => launcherFlowReporter((event) => store.sendFrom(seq, event)), [store, seq]);
  const Flow = state.value === 'open' ? loadedPartner(state.session.partner) : undefined;
  const choosingIn = choosingSession(state);

  return {
    status: launcherStatus(state),
    session: state.session,
    error: state.value === 'error' ? state.error : null,
    retry: () => store.send({ type: 'retry' }),
    canRetry: state.value === 'error' && state.retry !== undefined,
    flow: Flow && state.value === 'open' ? createElement(Flow, { key: seq, session: state.session, config: partners, presentation, report }) : null,
    connectionChoice: choosingIn ? { sessionId: choosingIn, choose: (connection) => store.send({ type: 'connectionChosen', connection }) } : null,
    billingDetails:
      state.value === 'billing' ? { sessionId: state.sessionId, submit: (cardDetails) => store.send({ type: 'billingDetailsGiven', cardDetails }) } : null,
    completion: state.value === 'complete' ? state.completion : undefined,
  };
}

/** The MX session whose accounts are being chosen from, or whose chosen account is being posted. */
function choosingSession(state: LauncherState): string | undefined {
  if (state.value === 'choosing') return state.sessionId;
  if (state.value === 'completing' && state.request.partner === 'mx') return state.request.sessionId;
  return undefined;
}
