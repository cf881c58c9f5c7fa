import { linkedRoute, type ExchangeBackend } from '../backend/backend';
import { callBackend } from '../backend/backend-request';
import type { LinkedFundingSourceRemoval } from '../backend/endpoints';
import { isJsonObject, ownField, ownString } from '../backend/json';
import { sessionUrl } from '../backend/session-url';
import { ExchangeSessionError } from '../errors';

/**
 * Removes one of the signed-in customer's funding sources (`POST {basePath}/linked/{id}/remove`,
 * or `backend.removeLinked`). Removing one removed already answers the same.
 *
 * @param fundingSourceId - Dwolla's id of the funding source (a linked account's `fundingSources[].id`).
 * @throws {@link ExchangeSessionError} `configuration` for an empty id; for an HTTP error
 * (`forbidden` for another customer's, `notFound` for an unknown one), a network failure, an
 * abort, or an answer that does not confirm the removal (`invalidResponse`).
 */
export async function removeLinkedFundingSource(
  fundingSourceId: string,
  backend: ExchangeBackend = {},
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<LinkedFundingSourceRemoval> {
  const id = fundingSourceId.trim();
  if (id === '') throw new ExchangeSessionError('configuration', 'removeLinkedFundingSource needs the id of the funding source to remove.');
  const endpoint = linkedRoute(backend, 'removeLinked');
  return callBackend(
    {
      send: typeof endpoint === 'function' ? (context) => endpoint(id, context) : { url: sessionUrl(endpoint, id), method: 'POST', body: {}, sessionId: '' },
      subject: `the removal of funding source ${id}`,
      read: removalOf,
    },
    backend,
    signal,
  );
}

function removalOf(answer: unknown): LinkedFundingSourceRemoval {
  const fundingSourceUrl = isJsonObject(answer) ? ownString(answer, 'fundingSourceUrl') : undefined;
  if (!fundingSourceUrl || !isJsonObject(answer) || ownField(answer, 'removed') !== true) {
    throw new ExchangeSessionError('invalidResponse', 'The backend answered a removal without "fundingSourceUrl" and "removed": true.');
  }
  return { fundingSourceUrl, removed: true };
}
