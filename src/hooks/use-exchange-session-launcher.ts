'use client';
import { createElement, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { ExchangeCompletion } from '../core/complete-exchange';
import { ExchangeSessionError } from '../core/errors';
import type { ExchangeSessionSuccess } from '../core/launch-result';
import type { PartnerConfig } from '../core/partner-config';
import type { ReauthenticationTarget } from '../core/reauth-target';
import { clearExchangeSessionResume, saveSessionForResume, type ExchangeSessionResumeOptions } from '../core/resume-store';
import type { ExchangePartner, ExchangeSession } from '../core/session';
import { preloadExchangePartner } from '../partners/preload-partner';
import type { PartnerReporter } from '../partners/types';
import { useExchangeSessionConfig, type ExchangeSessionCallbacks, type ExchangeSessionConfig } from './exchange-session-context';
import type { UseExchangeSessionOptions } from './use-exchange-session';
import { useLatest } from './use-latest';
import { useLauncherCompletion, type CompleteOption, type ExchangeConnectionChoice } from './use-launcher-completion';
import { useLauncherSession } from './use-launcher-session';
import { usePartnerFlow } from './use-partner-flow';
import { useReportOnce, useReportOnceBeforeChildren } from './use-report-once';

/** Options of {@link useExchangeSessionLauncher}; each one overrides the `ExchangeSessionProvider`'s. */
export interface UseExchangeSessionLauncherOptions
  extends UseExchangeSessionOptions,
    PartnerConfig,
    ExchangeSessionCallbacks,
    Pick<ExchangeSessionConfig, 'createSession' | 'completeExchange' | 'availableConnections'> {
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

/**
 * Where the launcher is: `idle` (nothing to run), `loading` (the session or the partner's code),
 * `ready` (the partner's UI is running), `success` (the flow finished). With `complete`, then
 * `choosing` (MX: the user picks an account), `completing` (the backend creates the exchange) and
 * `complete`. `error` at any step.
 */
export type ExchangeSessionLauncherStatus = 'idle' | 'loading' | 'ready' | 'success' | 'choosing' | 'completing' | 'complete' | 'error';

/** What {@link useExchangeSessionLauncher} returns. */
export interface ExchangeSessionLauncherState {
  status: ExchangeSessionLauncherStatus;
  session: ExchangeSession | undefined;
  error: ExchangeSessionError | null;
  /**
   * Tries the failed step again: fetches or creates the session, restarts the partner flow, or
   * posts the completion again (for the funding source alone when only it failed).
   */
  retry: () => void;
  /** The partner's UI (MX iframe or redirect notice, Plaid button, Checkout.com Flow): render it once. */
  flow: ReactElement | null;
  /** With `complete`, after an MX flow: render an `ExchangeConnectionPicker` with it. */
  connectionChoice: ExchangeConnectionChoice | null;
  /** With `complete`, once `status` is `complete`: the exchange, as `onComplete` reported it. */
  completion: ExchangeCompletion | undefined;
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
  { receivedRedirectUri, loading = null, partnerHint, partner, resume, reauthenticate, complete, ...options }: UseExchangeSessionLauncherOptions = {},
): ExchangeSessionLauncherState {
  const config = useExchangeSessionConfig(options);
  const latest = useLatest(config);
  const { nonce, scriptTimeoutMs } = config;
  const resumeOptions = resume === true ? {} : resume || undefined;
  const expireLatest = useLatest((cause: ExchangeSessionError) => expire(cause));

  // Started while rendering, as React's own resource preloads are (an effect would start it a
  // frame later), once per partner: a failed preload is forgotten, and the flow loads again, and
  // reports, when the session arrives. The partner the props name starts before the session
  // request, so that its script, usually the slower of the two, does not wait for the request.
  const preloaded = useRef(new Set<ExchangePartner>());
  const preload = (candidate: ExchangePartner | undefined) => {
    if (!candidate || preloaded.current.has(candidate)) return;
    preloaded.current.add(candidate);
    preloadExchangePartner(candidate, { nonce, timeoutMs: scriptTimeoutMs }).catch(() => {});
  };
  preload(partner ?? partnerHint);

  const source = useLauncherSession({
    sessionId,
    partner,
    partnerHint,
    reauthenticate,
    resume: resumeOptions,
    options: { ...options, createSession: config.createSession },
    callbacks: latest,
    onGone: (cause) => expireLatest.current(cause),
  });
  const { id, query } = source;
  const session = query.data;
  const returned = source.returnedFromMx;

  // A session back from MX's redirect runs no flow.
  if (!returned) preload(source.partner);

  const completion = useLauncherCompletion(complete, source.reauthExchangeId, options, latest);
  const [attempt, setAttempt] = useState(0);
  const flowKey = session ? `${session.id}:${attempt}` : '';
  const [outcome, setOutcome] = useState<{ key: string; error?: ExchangeSessionError; succeeded?: boolean }>();
  const current = outcome?.key === flowKey ? outcome : undefined;
  const partnerFlow = usePartnerFlow(current?.error || returned ? undefined : session?.partner, attempt);

  /** A spent or expired session: renewed once per mount when sessions can be created, else an error. */
  const expire = (cause: ExchangeSessionError) => {
    if (source.canCreate && !source.renewed) return source.renew();
    const reason = source.canCreate ? 'its renewal is spent too' : 'no createSession endpoint is set to renew it';
    setOutcome({ key: flowKey, error: new ExchangeSessionError('sessionExpired', `Exchange session ${id} is spent or expired, and ${reason}.`, { sessionId: id, cause }) });
  };
  const saving = useLatest({ session, resumeOptions, reauthenticating: source.reauthExchangeId !== undefined, begin: completion.begin });

  const report = useMemo<PartnerReporter>(
    () => ({
      success: (flowResult) => {
        const { resumeOptions: options, reauthenticating, begin } = saving.current;
        const result: ExchangeSessionSuccess = reauthenticating ? { ...flowResult, reauthenticated: true } : flowResult;
        setOutcome({ key: flowKey, succeeded: true });
        if (options) clearExchangeSessionResume(options);
        latest.current.onSuccess?.(result);
        begin(result);
      },
      exit: (info) => latest.current.onExit?.(info),
      event: (event) => {
        // The flows that may leave the page: Plaid Link (OAuth banks) and MX's redirect.
        const leaving = event.type === 'redirect' || (event.type === 'opened' && event.partner === 'plaid');
        const { session: running, resumeOptions: options } = saving.current;
        if (options && leaving && running) saveSessionForResume(running, options);
        latest.current.onEvent?.(event);
      },
      error: (error) => latest.current.onError?.(error),
      fail: (error) => setOutcome({ key: flowKey, error }),
      expired: (cause) => expireLatest.current(cause),
      redirect: (url) => (latest.current.onRedirect ?? ((href: string) => window.location.assign(href)))(url),
    }),
    [latest, expireLatest, saving, flowKey],
  );

  const waiting = source.creating || (source.gone && current?.error === undefined);
  const error = waiting ? null : (source.error ?? current?.error ?? partnerFlow?.error ?? completion.error ?? null);
  useReportOnce(error, (reported) => latest.current.onError?.(reported));
  useReportOnce(returned, (sessionId) => {
    if (resumeOptions) clearExchangeSessionResume(resumeOptions);
    latest.current.onEvent?.({ type: 'returned', partner: 'mx', sessionId });
    completion.beginAfterMxRedirect(sessionId);
  });
  useReportOnceBeforeChildren(session, (loaded) => latest.current.onEvent?.({ type: 'sessionLoaded', partner: loaded.partner, sessionId: loaded.id }));

  const retry = () => {
    if (error?.code === 'sessionExpired' && source.canCreate) source.recreate();
    else if (completion.error) completion.retry();
    else if (source.error) source.retry();
    else setAttempt((count) => count + 1);
  };

  const Flow = partnerFlow?.flow;
  const flow =
    Flow && session && !error && !completion.stage && !returned
      ? createElement(Flow, { key: flowKey, session, config, report, receivedRedirectUri, loading })
      : null;

  const status = statusOf(source.active, error, completion.stage ?? (current?.succeeded || returned ? 'success' : undefined), flow);
  return { status, session, error, retry, flow, connectionChoice: completion.connectionChoice, completion: completion.completion };
}

function statusOf(
  active: boolean,
  error: ExchangeSessionError | null,
  finished: ExchangeSessionLauncherStatus | undefined,
  flow: ReactElement | null,
): ExchangeSessionLauncherStatus {
  if (!active) return 'idle';
  if (error) return 'error';
  if (finished) return finished;
  return flow ? 'ready' : 'loading';
}
