'use client';
import { useState, type RefObject } from 'react';
import { exchangeCompletionRetry, type ExchangeCompletion } from '../core/complete-exchange';
import type { ExchangeSessionError } from '../core/errors';
import type { AvailableExchangeConnection, FundingSourceRequest } from '../core/exchange-token';
import type { ExchangeSessionSuccess } from '../core/launch-result';
import type { ExchangeSessionCallbacks } from './exchange-session-context';
import { useCompleteExchange, type UseCompleteExchangeOptions } from './use-complete-exchange';
import { useLatest } from './use-latest';
import { useReportOnce } from './use-report-once';

/** The launcher's `complete` option: `true`, or what to create besides the exchange. */
export type CompleteOption = boolean | { fundingSource?: FundingSourceRequest };

/** Where the launcher's last step is: choosing an MX account, creating the exchange, done. */
export type CompletionStage = 'choosing' | 'completing' | 'complete';

/** MX, with `complete`: the finished session whose connected accounts the user picks from, and what to call with the choice. */
export interface ExchangeConnectionChoice {
  sessionId: string;
  choose: (connection: AvailableExchangeConnection) => void;
}

/** The launcher's last step, from a finished flow to the exchange on Dwolla. */
export interface LauncherCompletion {
  stage: CompletionStage | undefined;
  /** What the backend created, or the exchange a re-authentication renewed, once complete. */
  completion: ExchangeCompletion | undefined;
  error: ExchangeSessionError | null;
  /** Starts the step for a finished flow; does nothing without `complete`. */
  begin: (success: ExchangeSessionSuccess) => void;
  /** Starts the step for an MX session the user came back to from MX's redirect. */
  beginAfterMxRedirect: (sessionId: string) => void;
  connectionChoice: ExchangeConnectionChoice | null;
  /** Posts the last request again after an error (for the funding source alone, if the exchange exists). */
  retry: () => void;
}

/**
 * Turns a finished flow into an exchange through `useCompleteExchange`: at once for Plaid and
 * Checkout.com, after the user picks an account for MX; a re-authentication needs no new exchange.
 */
export function useLauncherCompletion(
  complete: CompleteOption | undefined,
  reauthExchangeId: string | undefined,
  options: UseCompleteExchangeOptions,
  callbacks: RefObject<ExchangeSessionCallbacks>,
): LauncherCompletion {
  const mutation = useCompleteExchange(options);
  const [finished, setFinished] = useState<FinishedFlow>();
  const [reauthenticated, setReauthenticated] = useState<ExchangeCompletion>();
  const fundingSource = typeof complete === 'object' ? complete.fundingSource : undefined;
  const settings = useLatest({ complete, reauthExchangeId, fundingSource, mutate: mutation.mutate });

  const begin = (success: ExchangeSessionSuccess) => {
    const { complete: enabled, reauthExchangeId: exchangeId, fundingSource: extra, mutate } = settings.current;
    if (!enabled) return;
    setFinished(success);
    if (exchangeId) setReauthenticated({ reauthenticated: true, exchangeId });
    else if (success.partner !== 'mx') mutate({ ...success, ...(extra && { fundingSource: extra }) });
  };

  const completion = reauthenticated ?? mutation.data;
  useReportOnce(completion, (done) => callbacks.current.onComplete?.(done));

  const beginAfterMxRedirect = (sessionId: string) => {
    if (settings.current.complete) setFinished({ partner: 'mx', sessionId });
  };

  const choosingMx = finished?.partner === 'mx' && !completion ? finished : undefined;
  const connectionChoice = choosingMx
    ? {
        sessionId: choosingMx.sessionId,
        choose: ({ availableConnectionToken }: AvailableExchangeConnection) =>
          mutation.mutate({ sessionId: choosingMx.sessionId, partner: 'mx', availableConnectionToken, ...(fundingSource && { fundingSource }) }),
      }
    : null;

  const { variables, mutate } = mutation;
  return {
    stage: stageOf(finished, completion, mutation.isIdle),
    completion,
    error: mutation.error,
    begin,
    beginAfterMxRedirect,
    connectionChoice,
    retry: () => variables && mutate(exchangeCompletionRetry(variables, mutation.error)),
  };
}

/** The flow that finished: what the step needs of it (an MX redirect brings back no more). */
type FinishedFlow = Pick<ExchangeSessionSuccess, 'partner' | 'sessionId'>;

function stageOf(finished: FinishedFlow | undefined, completion: ExchangeCompletion | undefined, idle: boolean): CompletionStage | undefined {
  if (!finished) return undefined;
  if (completion) return 'complete';
  return finished.partner === 'mx' && idle ? 'choosing' : 'completing';
}
