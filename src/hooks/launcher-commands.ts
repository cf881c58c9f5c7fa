import { QueryObserver, type QueryClient, type QueryFunction, type QueryObserverResult } from '@tanstack/react-query';
import type { ExchangeSessionBackendConfig } from '../core/backend-config';
import { requestExchangeCompletion, type ExchangeCompleteEndpoint } from '../core/complete-exchange';
import { requestExchangeSession, type ExchangeSessionCreateEndpoint } from '../core/create-session';
import { ExchangeSessionError, isExchangeSessionError, type ExchangeSessionErrorCode } from '../core/errors';
import type { LauncherCommand, LauncherEvent } from '../core/launcher/launcher-state';
import { exchangeSessionQueryOptions, sessionQueryFn, type ExchangeSessionQueryKey } from '../core/query-options';
import { fetchExchangeSession } from '../core/fetch-session';
import { observedSignal } from '../core/observed-signal';
import { readExchangeSessionResume, type ExchangeSessionResumeOptions } from '../core/resume-store';
import type { ExchangeSession } from '../core/session';
import { sessionAgeMs } from '../core/session-age';
import type { PartnerScriptOptions } from '../partners/partner-scripts';
import { isPartnerPreloaded, preloadExchangePartner } from '../partners/preload-partner';

/** What carrying out the launcher's commands needs. */
export interface LauncherCommandContext {
  backend: ExchangeSessionBackendConfig;
  createSession: ExchangeSessionCreateEndpoint;
  completeExchange: ExchangeCompleteEndpoint;
  client: QueryClient;
  resumeOptions: ExchangeSessionResumeOptions | undefined;
  scriptOptions: PartnerScriptOptions;
}

/**
 * Carries out one command of the launcher's machine and answers with an event, unless `signal`
 * was aborted first (the state moved on, or the launcher unmounted): creation and completion
 * requests are cancelled with it.
 */
export function runLauncherCommand(command: LauncherCommand, context: LauncherCommandContext, signal: AbortSignal, send: (event: LauncherEvent) => void): void {
  const answer = (event: LauncherEvent) => {
    if (!signal.aborted) send(event);
  };
  const { backend, client } = context;
  switch (command.type) {
    case 'readResume':
      answer({ type: 'resumeRead', record: readExchangeSessionResume(context.resumeOptions) });
      return;
    case 'create':
      requestExchangeSession(command.request, { ...backend, createSession: context.createSession }, { signal }).then(
        (sessionId) => answer({ type: 'created', sessionId }),
        (error: unknown) => answer({ type: 'createFailed', error: asError(error, 'network') }),
      );
      return;
    case 'fetchSession':
      watchSession(command.sessionId, backend, client, signal, answer);
      return;
    case 'loadPartner':
      preloadExchangePartner(command.partner, context.scriptOptions).then(
        () => answer({ type: 'partnerLoaded' }),
        (error: unknown) => answer({ type: 'partnerFailed', error: asError(error, 'partnerLoadFailed') }),
      );
      return;
    case 'complete':
      requestExchangeCompletion(command.request, { ...backend, completeExchange: context.completeExchange }, { signal }).then(
        (completion) => answer({ type: 'completed', completion }),
        (error: unknown) => answer({ type: 'completeFailed', error: asError(error, 'network') }),
      );
      return;
    default:
      command satisfies never;
  }
}

/**
 * Follows the session's query (TanStack's cache: one request per id for every launcher and hook)
 * until it has the session or has failed for good, retries included.
 */
function watchSession(sessionId: string, backend: ExchangeSessionBackendConfig, client: QueryClient, signal: AbortSignal, answer: (event: LauncherEvent) => void) {
  const options = exchangeSessionQueryOptions(sessionId, backend);
  const firstAsk = client.getQueryState(options.queryKey) === undefined;
  const observer = new QueryObserver(client, firstAsk ? { ...options, queryFn: takeOver(sendNow(sessionId, backend), sessionQueryFn(sessionId, backend)) } : options);
  const read = ({ data, error, isFetching }: QueryObserverResult<ExchangeSession, ExchangeSessionError>) => {
    if (data) answer({ type: 'sessionLoaded', session: data, ageMs: sessionAgeMs(data), partnerReady: isPartnerPreloaded(data.partner) });
    else if (error && !isFetching) answer({ type: 'sessionFailed', error });
  };
  const unsubscribe = observer.subscribe(read);
  signal.addEventListener('abort', unsubscribe, { once: true });
  read(observer.getCurrentResult());
}

interface SentRequest {
  answer: Promise<ExchangeSession>;
  controller: AbortController;
}

/**
 * The session request, sent before the query is set up: TanStack's set-up, run for the first time
 * on a page, would hold it back by a few milliseconds on the fast path.
 */
function sendNow(sessionId: string, backend: ExchangeSessionBackendConfig): SentRequest {
  const controller = new AbortController();
  const answer = fetchExchangeSession(sessionId, backend, { signal: controller.signal });
  // The query that takes it over reports the outcome.
  answer.catch(() => undefined);
  return { answer, controller };
}

/** A query function whose first fetch is the request already sent, aborted as the query's own would be. */
function takeOver(sent: SentRequest, queryFn: QueryFunction<ExchangeSession, ExchangeSessionQueryKey>): QueryFunction<ExchangeSession, ExchangeSessionQueryKey> {
  let pending: SentRequest | undefined = sent;
  return async (context) => {
    const taken = pending;
    pending = undefined;
    if (!taken) return queryFn(context);
    const { signal, release } = observedSignal(context);
    signal.addEventListener('abort', () => taken.controller.abort(), { once: true });
    try {
      return await taken.answer;
    } finally {
      release();
    }
  };
}

function asError(error: unknown, code: ExchangeSessionErrorCode): ExchangeSessionError {
  return isExchangeSessionError(error) ? error : new ExchangeSessionError(code, 'The launcher step failed unexpectedly.', { cause: error });
}
