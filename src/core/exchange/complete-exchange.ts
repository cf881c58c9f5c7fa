import { backendRoute, type ExchangeBackend } from '../backend/backend';
import { callBackend } from '../backend/backend-request';
import { ExchangeSessionError } from '../errors';
import type { CompleteExchangeRequest, ExchangeCompletion } from '../backend/endpoints';
import type { ExchangeToken } from './exchange-token';
import { isJsonObject, ownString } from '../backend/json';
import { sessionUrl } from '../backend/session-url';

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
