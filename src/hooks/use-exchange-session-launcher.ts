'use client';
import { createElement, useCallback, useEffect, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangePartner, ExchangeSession } from '../core/session';
import { preloadExchangePartner } from '../partners/preload-partner';
import type { PartnerReporter } from '../partners/types';
import { useExchangeSessionConfig, type ExchangeSessionCallbacks, type ExchangeSessionConfig } from './exchange-session-context';
import { useCreatedExchangeSession } from './use-created-exchange-session';
import { useExchangeSession, type UseExchangeSessionOptions } from './use-exchange-session';
import { useLatest } from './use-latest';
import { usePartnerFlow } from './use-partner-flow';
import { useReportOnce } from './use-report-once';
import type { PartnerConfig } from '../core/partner-config';

/** Options of {@link useExchangeSessionLauncher}; each one overrides the `ExchangeSessionProvider`'s. */
export interface UseExchangeSessionLauncherOptions
  extends UseExchangeSessionOptions,
    PartnerConfig,
    ExchangeSessionCallbacks,
    Pick<ExchangeSessionConfig, 'createSession'> {
  /** Plaid OAuth: the URL the bank sent the user back to (`window.location.href` on that page). */
  receivedRedirectUri?: string;
  /** What the partner flow shows while its script loads. */
  loading?: ReactNode;
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
}

/**
 * Where the launcher is: `idle` (no id), `loading` (the session or the partner's code),
 * `ready` (the partner's UI is running), `success`, `error`.
 */
export type ExchangeSessionLauncherStatus = 'idle' | 'loading' | 'ready' | 'success' | 'error';

/** What {@link useExchangeSessionLauncher} returns. */
export interface ExchangeSessionLauncherState {
  status: ExchangeSessionLauncherStatus;
  session: ExchangeSession | undefined;
  error: ExchangeSessionError | null;
  /** Fetches the session again after a fetch error, or restarts the partner flow after its error. */
  retry: () => void;
  /** The partner's UI (MX iframe or redirect notice, Plaid button, Checkout.com Flow): render it once. */
  flow: ReactElement | null;
}

/**
 * Fetches an exchange session and runs the partner flow its shape calls for, with one set of
 * callbacks for MX, Plaid and Checkout.com. Callbacks are always the latest ones passed; changing
 * them never re-creates a widget.
 *
 * @example
 * ```tsx
 * const { flow, status, error, retry } = useExchangeSessionLauncher(id, { onSuccess: save });
 * return status === 'error' ? <button onClick={retry}>{error.message}</button> : flow;
 * ```
 */
export function useExchangeSessionLauncher(
  sessionId: string | null | undefined,
  { receivedRedirectUri, loading = null, partnerHint, partner, ...options }: UseExchangeSessionLauncherOptions = {},
): ExchangeSessionLauncherState {
  const config = useExchangeSessionConfig(options);
  const latest = useLatest(config);
  const { nonce, scriptTimeoutMs } = config;
  const hint = partnerHint ?? partner;

  useEffect(() => {
    // A failed preload is forgotten; the flow loads again when the session arrives and reports then.
    if (hint) preloadExchangePartner(hint, { nonce, timeoutMs: scriptTimeoutMs }).catch(() => {});
  }, [hint, nonce, scriptTimeoutMs]);

  const created = useCreatedExchangeSession(sessionId?.trim() ? undefined : partner, options);
  const id = sessionId?.trim() ? sessionId : created.sessionId;
  const query = useExchangeSession(id, options);
  const session = query.data;
  const [attempt, setAttempt] = useState(0);
  const flowKey = session ? `${session.id}:${attempt}` : '';
  const [outcome, setOutcome] = useState<{ key: string; error?: ExchangeSessionError; succeeded?: boolean }>();
  const current = outcome?.key === flowKey ? outcome : undefined;
  const partnerFlow = usePartnerFlow(current?.error ? undefined : session?.partner, attempt);

  const report = useMemo<PartnerReporter>(
    () => ({
      success: (result) => {
        setOutcome({ key: flowKey, succeeded: true });
        latest.current.onSuccess?.(result);
      },
      exit: (info) => latest.current.onExit?.(info),
      event: (event) => latest.current.onEvent?.(event),
      error: (error) => latest.current.onError?.(error),
      fail: (error) => setOutcome({ key: flowKey, error }),
      redirect: (url) => (latest.current.onRedirect ?? ((href: string) => window.location.assign(href)))(url),
    }),
    [latest, flowKey],
  );

  const refetching = query.isError && query.isFetching;
  const error = refetching || created.isPending ? null : (created.error ?? query.error ?? partnerFlow?.error ?? current?.error ?? null);
  useReportOnce(error, (reported) => latest.current.onError?.(reported));
  useReportOnce(session, (loaded) => latest.current.onEvent?.({ type: 'sessionLoaded', partner: loaded.partner, sessionId: loaded.id }));

  const { refetch } = query;
  const queryFailed = query.isError;
  const creationFailed = created.error !== null;
  const { retry: createAgain } = created;
  const retry = useCallback(() => {
    if (creationFailed) createAgain();
    else if (queryFailed) void refetch();
    else setAttempt((count) => count + 1);
  }, [creationFailed, createAgain, queryFailed, refetch]);

  const Flow = partnerFlow?.flow;
  const flow =
    Flow && session && !error
      ? createElement(Flow, { key: flowKey, session, config, report, receivedRedirectUri, loading })
      : null;

  return { status: statusOf(sessionId || partner, error, current?.succeeded, flow), session, error, retry, flow };
}

/** `source` is the session id, or the partner a session is being created with. */
function statusOf(
  source: string | null | undefined,
  error: ExchangeSessionError | null,
  succeeded: boolean | undefined,
  flow: ReactElement | null,
): ExchangeSessionLauncherStatus {
  if (!source?.trim()) return 'idle';
  if (error) return 'error';
  if (succeeded) return 'success';
  return flow ? 'ready' : 'loading';
}
