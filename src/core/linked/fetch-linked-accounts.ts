import { linkedRoute, type ExchangeBackend } from '../backend/backend';
import { callBackend } from '../backend/backend-request';
import { isJsonObject, ownField } from '../backend/json';
import { ExchangeSessionError } from '../errors';
import { readLinkedAccounts, type LinkedAccount } from './linked-account';

/**
 * Lists the signed-in customer's linked accounts, newest first, with the funding sources made
 * from each (`GET {basePath}/linked`, or `backend.linked`). Malformed accounts are skipped.
 *
 * @throws {@link ExchangeSessionError} for an HTTP error (`forbidden` without a signed-in
 * customer, `server` when Dwolla failed), a network failure, an abort, or an answer without an
 * `accounts` array, or whose accounts are all malformed (`invalidResponse`).
 */
export async function fetchLinkedAccounts(
  backend: ExchangeBackend = {},
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<LinkedAccount[]> {
  const endpoint = linkedRoute(backend, 'linked');
  return callBackend(
    {
      send: typeof endpoint === 'function' ? (context) => endpoint(context) : { url: endpoint, method: 'GET', sessionId: '' },
      subject: 'the linked accounts',
      read: accountsOf,
    },
    backend,
    signal,
  );
}

function accountsOf(answer: unknown): LinkedAccount[] {
  const list = isJsonObject(answer) ? ownField(answer, 'accounts') : undefined;
  if (!Array.isArray(list)) throw new ExchangeSessionError('invalidResponse', 'The backend listed linked accounts without an "accounts" array.');
  const accounts = readLinkedAccounts(list);
  // Accounts listed and none readable: the backend speaks another shape, not "no accounts".
  if (list.length > 0 && accounts.length === 0) {
    throw new ExchangeSessionError('invalidResponse', `The backend listed ${String(list.length)} linked accounts, none of them well-formed.`);
  }
  return accounts;
}
