import { backendRoute, type ExchangeBackend } from '../backend/backend';
import { callBackend } from '../backend/backend-request';
import { ExchangeSessionError } from '../errors';
import type { ExchangeToken, FundingSourceRequest } from './exchange-token';
import { isJsonObject, ownString } from '../backend/json';
import { sessionUrl } from '../backend/session-url';

/**
 * What the browser posts to the app's backend to turn a finished flow into a Dwolla exchange. A
 * Plaid or Checkout.com `onSuccess` result is one as it is; an MX one needs the
 * `availableConnectionToken` of the account the user picked.
 */
export type CompleteExchangeRequest = ExchangeToken & {
  /** The exchange session the flow ran; the backend authorizes the request by it. */
  sessionId: string;
  /** Also create this funding source from the new exchange. */
  fundingSource?: FundingSourceRequest;
  /**
   * The exchange an earlier attempt created before its funding source failed: posted instead of
   * the token, which that attempt spent, to create only the funding source (see
   * {@link exchangeCompletionRetry}).
   */
  exchangeUrl?: string;
};

/**
 * The finished journey: the exchange the backend created (and its funding source, when asked
 * for), or, after a re-authentication, the exchange that was renewed in place.
 */
export type ExchangeCompletion =
  | { reauthenticated: false; exchangeUrl: string; fundingSourceUrl?: string }
  | { reauthenticated: true; exchangeId: string };

/** What the app's backend answers a completion with (the `/server` handler's answer). */
export interface ExchangeCompleteAnswer {
  exchangeUrl: string;
  fundingSourceUrl?: string;
}

/**
 * The app's backend endpoint that creates the exchange:
 * - a string: `POST {string}` (`{id}` replaced by the session id, else the id is appended) with
 *   the token and `fundingSource` as JSON, answered with an {@link ExchangeCompleteAnswer}
 *   (the `/server` handler's `POST {basePath}/{id}/exchange` route);
 * - a function returning that object, or a `Response` read the same way.
 */
export type ExchangeCompleteEndpoint =
  | string
  | ((request: CompleteExchangeRequest, context: { signal: AbortSignal }) => Promise<ExchangeCompleteAnswer | Response>);

/**
 * Asks the app's backend to create the Dwolla exchange (and funding source) from a finished flow
 * (`POST {basePath}/{id}/exchange`, or `backend.complete`).
 *
 * @throws {@link ExchangeSessionError} for an HTTP error (Dwolla's `InvalidExchangeToken` comes
 * back as `badRequest`), a network failure, or an answer without `exchangeUrl`.
 */
export async function completeExchange(
  request: CompleteExchangeRequest,
  backend: ExchangeBackend = {},
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<ExchangeCompletion> {
  const { sessionId, partner, exchangeUrl, fundingSource } = request;
  const endpoint = backendRoute(backend, 'complete');
  const body = exchangeUrl ? { partner, exchangeUrl, fundingSource } : { ...exchangeTokenOf(request), ...(fundingSource && { fundingSource }) };
  return callBackend(
    {
      send:
        typeof endpoint === 'function' ? (context) => endpoint(request, context) : { url: sessionUrl(endpoint, sessionId), method: 'POST', body, sessionId },
      subject: `the exchange of session ${sessionId}`,
      sessionId,
      read: (json) => completionOf(json, sessionId),
    },
    backend,
    signal,
  );
}

/** Only the token: a flow's result also carries what the backend has no use for (Plaid's metadata). */
function exchangeTokenOf(request: ExchangeToken): ExchangeToken {
  switch (request.partner) {
    case 'plaid':
      return { partner: 'plaid', publicToken: request.publicToken };
    case 'mx':
      return { partner: 'mx', availableConnectionToken: request.availableConnectionToken };
    case 'checkout':
      return { partner: 'checkout', paymentId: request.paymentId };
    default:
      return request satisfies never;
  }
}

function completionOf(answer: unknown, sessionId: string): ExchangeCompletion {
  const exchangeUrl = isJsonObject(answer) ? ownString(answer, 'exchangeUrl') : undefined;
  if (!exchangeUrl) throw new ExchangeSessionError('invalidResponse', 'The backend completed the exchange but sent no exchangeUrl.', { sessionId });
  const fundingSourceUrl = isJsonObject(answer) ? ownString(answer, 'fundingSourceUrl') : undefined;
  return fundingSourceUrl ? { reauthenticated: false, exchangeUrl, fundingSourceUrl } : { reauthenticated: false, exchangeUrl };
}
