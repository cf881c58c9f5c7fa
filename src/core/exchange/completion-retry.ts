import type { CompleteExchangeRequest } from '../backend/endpoints';
import type { ExchangeSessionError } from '../errors';

/**
 * The request that tries a failed completion again: the same one, or, when the backend created
 * the exchange but not its funding source (its error names the exchange as Dwolla's errors do,
 * `_links.about.href`), one for the funding source alone, as the token is spent.
 */
export function exchangeCompletionRetry(request: CompleteExchangeRequest, error: ExchangeSessionError | null): CompleteExchangeRequest {
  const exchangeUrl = request.fundingSource && error?.dwolla?.about;
  return exchangeUrl ? { ...request, exchangeUrl } : request;
}
