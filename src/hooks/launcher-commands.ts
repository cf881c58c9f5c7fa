import { QueryObserver, type QueryClient, type QueryFunction, type QueryObserverResult } from '@tanstack/react-query';
import type { ExchangeBackend } from '../core/backend/backend';
import { ExchangeSessionError, isExchangeSessionError, type ExchangeSessionErrorCode } from '../core/errors';
import type { LauncherCommand, LauncherEvent } from '../core/launcher/launcher-state';
import type { PartnerScriptOptions } from '../core/partner-config';
import { exchangeSessionQueryOptions, sessionQueryFn } from '../core/session/query-options';
import { exchangeSessionQueryKey, type ExchangeSessionQueryKey } from '../core/session/session-query-key';
import { readExchangeSession } from '../core/session/fetch-session';
import { observedSignal } from '../core/session/observed-signal';
import type { ExchangeSession } from '../core/session/session';
import { sessionAgeMs } from '../core/session/session-age';
import { isPartnerPreloaded, preloadExchangePartner } from '../partners/preload-partner';
import { journeySteps } from './journey-steps';
import { sendSessionRequest, takeCreateRequest, takeSessionRequest, type SentRequest } from './requests-ahead';

/** What carrying out the launcher's commands needs. */
export interface LauncherCommandContext {
  backend: ExchangeBackend;
  client: QueryClient;
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
      journeySteps.resume().then(
        ({ readExchangeSessionResume }) => answer({ type: 'resumeRead', record: readExchangeSessionResume({ maxAgeMs: command.maxAgeMs }) }),
        // A chunk that cannot load leaves nothing to resume, as a refused storage does.
        () => answer({ type: 'resumeRead', record: undefined }),
      );
      return;
    case 'create': {
      const ahead = takeCreateRequest(client, command.request);
      signal.addEventListener('abort', () => ahead?.controller.abort(), { once: true });
      journeySteps
        .create()
        .then(({ readCreatedSession }) => readCreatedSession(command.request, backend, signal, ahead?.answer))
        .then(
          ({ sessionId, session }) => {
            // The backend answered with the session itself: the query has it, and asks for nothing.
            if (session && !signal.aborted) client.setQueryData(exchangeSessionQueryKey(sessionId), session);
            answer({ type: 'created', sessionId });
          },
          (error: unknown) => answer({ type: 'createFailed', error: asError(error, 'network') }),
        );
      return;
    }
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
      journeySteps
        .complete()
        .then(({ completeExchange }) => completeExchange(command.request, backend, { signal }))
        .then(
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
function watchSession(sessionId: string, backend: ExchangeBackend, client: QueryClient, signal: AbortSignal, answer: (event: LauncherEvent) => void) {
  const options = exchangeSessionQueryOptions(sessionId, backend);
  const [, key] = options.queryKey;
  const ahead = takeSessionRequest(client, key);
  const firstAsk = client.getQueryState(options.queryKey) === undefined;
  if (ahead && !firstAsk) ahead.controller.abort();
  const observer = new QueryObserver(client, firstAsk ? { ...options, queryFn: takeOver(ahead ?? sendSessionRequest(key, backend), backend, sessionQueryFn(key, backend)) } : options);
  const read = ({ data, error, isFetching }: QueryObserverResult<ExchangeSession, ExchangeSessionError>) => {
    if (data) answer({ type: 'sessionLoaded', session: data, ageMs: sessionAgeMs(data), partnerReady: isPartnerPreloaded(data.partner) });
    else if (error && !isFetching) answer({ type: 'sessionFailed', error });
  };
  const unsubscribe = observer.subscribe(read);
  signal.addEventListener('abort', unsubscribe, { once: true });
  read(observer.getCurrentResult());
}

/** A query function whose first fetch is the request already sent, aborted as the query's own would be. */
function takeOver(sent: SentRequest, backend: ExchangeBackend, queryFn: QueryFunction<ExchangeSession, ExchangeSessionQueryKey>): QueryFunction<ExchangeSession, ExchangeSessionQueryKey> {
  let pending: SentRequest | undefined = sent;
  return async (context) => {
    const taken = pending;
    pending = undefined;
    if (!taken) return queryFn(context);
    const { signal, release } = observedSignal(context);
    signal.addEventListener('abort', () => taken.controller.abort(), { once: true });
    try {
      return await readExchangeSession(context.queryKey[1], backend, signal, taken.answer);
    } finally {
      release();
    }
  };
}

function asError(error: unknown, code: ExchangeSessionErrorCode): ExchangeSessionError {
  return isExchangeSessionError(error) ? error : new ExchangeSessionError(code, 'The launcher step failed unexpectedly.', { cause: error });
}
