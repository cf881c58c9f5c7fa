'use client';
import { createElement, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import { newIdempotencyKey } from '../core/backend/idempotency-key';
import type { ExchangeSessionCallbacks } from '../core/launcher/launcher-callbacks';
import { createLauncherService, type LauncherService } from '../core/launcher/launcher-service';
import { launcherSource, launcherSourceKey, type ExchangeSessionSource } from '../core/launcher/launcher-source';
import type { LauncherSettings, LauncherState } from '../core/launcher/launcher-state';
import type { CompleteOption } from '../core/exchange/funding-source';
import type { PartnerConfig } from '../core/partner-config';
import type { ExchangePresentation } from '../core/presentation/presentation';
import { loadedPartner } from '../partners/load-partner';
import { useExchangeSessionSettings } from './exchange-session-context';
import { mergePartnerConfig } from './merge-settings';
import { runLauncherCommand } from './launcher-commands';
import { launcherFlowReporter } from './launcher-flow-reporter';
import { creationKey, type StartedAhead } from './start-ahead';
import { performLauncherOutput } from './launcher-outputs';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useLatest } from './use-latest';
import { usePresentation } from './use-presentation';
import { useResolvedQueryClient } from './use-resolved-query-client';

/**
 * Options of `useExchangeSessionLauncher`: the callbacks, the completion, and this launcher's
 * partner settings, locale, texts and appearance (over the provider's).
 */
export interface UseExchangeSessionLauncherOptions extends ExchangeSessionCallbacks, PartnerConfig, ExchangePresentation {
  /**
   * After the flow succeeds, create the Dwolla exchange through the backend (for MX, once the
   * user picked an account), optionally with a funding source; `onComplete` reports it.
   */
  complete?: CompleteOption;
}

/** One launcher, running: its service, its state, and its partner's flow while it is open. */
export interface LauncherRun {
  service: LauncherService;
  state: LauncherState;
  /** The partner's UI while the state is `open`, keyed by the state: render it once. */
  flow: ReactElement | null;
}

const mxUrlLifetimeMs = 10 * 60 * 1000;

/**
 * Runs one launcher: its React-free service (made once, kept across StrictMode, Suspense and
 * re-renders, shown in a layout effect so that its first request leaves before paint), fed the
 * latest props, and the partner's flow React renders for it.
 */
export function useLauncher(
  sessionSource: ExchangeSessionSource | null | undefined,
  { complete, mx, plaid, checkout, locale, messages, appearance, ...callbacks }: UseExchangeSessionLauncherOptions,
  ahead?: StartedAhead,
): LauncherRun {
  const provided = useExchangeSessionSettings();
  const partners = mergePartnerConfig(provided, { mx, plaid, checkout });
  const { backend = {}, partnerScripts: scriptOptions = {} } = provided;
  const client = useResolvedQueryClient(provided.queryClient);
  const presentation = usePresentation({ locale, messages, appearance });
  const source = launcherSource(sessionSource);
  const sourceKey = launcherSourceKey(source);
  const settings: LauncherSettings = { complete, mxAllowedHosts: partners.mx?.allowedHosts, mxLifetimeMs: partners.mx?.sessionLifetimeMs ?? mxUrlLifetimeMs, newIdempotencyKey };
  const latest = useLatest({ settings, callbacks, scriptOptions, backend, client, ahead });
  const [service] = useState(() =>
    createLauncherService(
      source,
      {
        settings: () => latest.current.settings,
        perform: (output) => performLauncherOutput(output, latest.current),
        run: (command, context) => runLauncherCommand(command, latest.current, context),
      },
      source.kind === 'create' ? ahead?.idempotencyKey(creationKey(source.request)) : undefined,
    ),
  );
  const { state, seq } = useSyncExternalStore(service.subscribe, service.getSnapshot, service.getSnapshot);

  useIsomorphicLayoutEffect(() => service.attach(), [service]);
  // Kept by a passive effect: a Suspense boundary hiding the launcher leaves it, so its work goes on.
  useEffect(() => service.keep(), [service]);
  const startedWith = useRef(sourceKey);
  useIsomorphicLayoutEffect(() => {
    if (startedWith.current === sourceKey) return;
    startedWith.current = sourceKey;
    service.send({ type: 'restart', source });
  }, [service, source, sourceKey]);

  // A flow reports only while its own state lasts: a late report of one being unmounted is dropped.
  const report = useMemo(
    () =>
      launcherFlowReporter((event) => {
        if (service.getSnapshot().seq === seq) service.send(event);
      }),
    [service, seq],
  );
  const Flow = state.value === 'open' ? loadedPartner(state.session.partner) : undefined;
  const flow = Flow && state.value === 'open' ? createElement(Flow, { key: seq, session: state.session, config: partners, presentation, report }) : null;
  return { service, state, flow };
}
