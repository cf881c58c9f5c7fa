import { QueryObserver, type QueryClient, type QueryFunction, type QueryObserverResult } from '@tanstack/react-query';
import type { ExchangeBackend } from '../core/backend/backend';
import { ExchangeSessionError, isExchangeSessionError, type ExchangeSessionErrorCode } from '../core/errors';
import type { CommandContext } from '../core/launcher/launcher-service';
import type { LauncherCommand } from '../core/launcher/launcher-state';
import { completeOnce, completionOf } from '../core/launcher/completions';
import type { PartnerScriptOptions } from '../core/partner-config';
import { readExchangeSession } from '../core/session/fetch-session';
import { observedSignal } from '../core/session/observed-signal';
import { exchangeSessionQueryOptions, sessionQueryFn } from '../core/session/query-options';
import type { ExchangeSession } from '../core/session/session';
import { sessionAgeMs } from '../core/session/session-age';
import type { ExchangeSessionQueryKey } from '../core/session/session-query-key';
import { normalizeExchangeSessionId } from '../core/session/session-id';
import { sessionRequest } from '../core/session/session-request';
import { isPartnerPreloaded, preloadPartner } from '../partners/preload-partner';
import { journeySteps } from './journey-steps';
import { holdCreation } from './requests-ahead';
import { sessionReadKey, sendRequest, type SentRequest, type StartedAhead } from './start-ahead';

/** What carrying out the launcher's commands needs. */
export interface LauncherCommandContext {
  backend: ExchangeBackend;
  client: QueryClient;
  scriptOptions: PartnerScriptOptions;
  /** What the launcher's shell sent before the launcher's code loaded, which the launcher takes over. */
  ahead: StartedAhead | undefined;
}

/**
 * Carries out one command of the launcher's machine and delivers its answer as an event. A
 * creation is held on the page's shelf, so that a launcher React mounts again takes it over; a
 * completion is posted once per session on the page and never aborted (its token is single-use).
 */
export function runLauncherCommand(command: LauncherCommand, { backend, client, scriptOptions, ahead }: LauncherCommandContext, { signal, holder, deliver }: CommandContext): void {
  switch (command.type) {
    case 'readResume':
      journeySteps.resume().then(
        ({ readExchangeSessionResume }) => deliver({ type: 'resumeRead', record: readExchangeSessionResume({ maxAgeMs: command.maxAgeMs }) }),
        // A chunk that cannot load leaves nothing to resume, as a refused storage does.
        () => deliver({ type: 'resumeRead', record: undefined }),
      );
      return;
    case 'create': {
      const { request, idempotencyKey } = command.creation;
      const held = holdCreation(client, request, idempotencyKey, backend, holder, ahead);
      signal.addEventListener('abort', held.letGo, { once: true });
      journeySteps
        .create()
        .then(({ readCreatedSession }) => readCreatedSession(request, backend, held.request.controller.signal, held.request.answer))
        .finally(held.done)
        .then(
          ({ sessionId, session }) => {
            // The backend answered with the session itself: the query has it, and asks for nothing.
            if (session && !signal.aborted) client.setQueryData(exchangeSessionQueryOptions(sessionId, backend).queryKey, session);
            deliver({ type: 'created', sessionId });
          },
          (error: unknown) => deliver({ type: 'createFailed', error: asError(error, 'network') }),
        );
      return;
    }
    case 'fetchSession':
      watchSession(command.sessionId, { backend, client, ahead }, { signal, deliver });
      return;
    case 'loadPartner':
      preloadPartner(command.partner, scriptOptions).then(
        () => deliver({ type: 'partnerLoaded' }),
        (error: unknown) => deliver({ type: 'partnerFailed', error: asError(error, 'partnerLoadFailed') }),
      );
      return;
    case 'complete':
      completeOnce(client, command.request, () => journeySteps.complete().then(({ completeExchange }) => completeExchange(command.request, backend)), {
        signal,
        heard: (completion, first) => deliver({ type: 'completed', completion, first }),
        failed: (error) => deliver({ type: 'completeFailed', error: asError(error, 'network') }),
      });
      return;
    default:
      command satisfies never;
  }
}

/**
 * Follows the session's query (TanStack's cache: one request per id for every launcher and hook)
 * until it has the session or has failed for good, retries included. Its first fetch is the
 * request the shell sent ahead, when there is one.
 */
function watchSession(sessionId: string, { backend, client, ahead }: Omit<LauncherCommandContext, 'scriptOptions'>, { signal, deliver }: Omit<CommandContext, 'holder'>) {
  const options = exchangeSessionQueryOptions(sessionId, backend);
  const [, key] = options.queryKey;
  const firstAsk = client.getQueryState(options.queryKey) === undefined;
  const fromShell = ahead?.take(sessionReadKey(key));
  if (fromShell && !firstAsk) fromShell.controller.abort();
  const sent = firstAsk ? (fromShell ?? sendRequest(() => sessionRequest(normalizeExchangeSessionId(key), backend), backend)) : undefined;
  const observer = new QueryObserver(client, sent ? { ...options, queryFn: takeOver(sent, backend, sessionQueryFn(key, backend)) } : options);
  const read = ({ data, error, isFetching }: QueryObserverResult<ExchangeSession, ExchangeSessionError>) => {
    if (data) {
      const completing = completionOf(client, data.id);
      deliver({ type: 'sessionLoaded', session: data, ageMs: sessionAgeMs(data), partnerReady: isPartnerPreloaded(data.partner), completing });
    } else if (error && !isFetching) deliver({ type: 'sessionFailed', error });
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
