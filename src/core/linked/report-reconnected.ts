import { linkedRoute, type ExchangeBackend } from '../backend/backend';
import { callBackend } from '../backend/backend-request';
import { sessionUrl } from '../backend/session-url';
import { ExchangeSessionError } from '../errors';

/**
 * Tells the app's backend that the customer re-authenticated the exchange `exchangeId`
 * (`POST {basePath}/linked/{id}/reconnected`, or `backend.reconnectedLinked`): Dwolla sends no
 * webhook when a connection is mended, so the record that said it needed its user is cleared
 * from here. `<LinkedAccounts>` sends it when its Reconnect finishes; an app that re-authenticates
 * elsewhere (after a balance check's `UpdateCredentials`) sends it from the launcher's `onComplete`.
 *
 * @throws {@link ExchangeSessionError} `configuration` for an empty id; for an HTTP error
 * (`forbidden` for another customer's exchange), a network failure or an abort.
 */
export async function reportLinkedAccountReconnected(
  exchangeId: string,
  backend: ExchangeBackend = {},
  { signal = new AbortController().signal }: { signal?: AbortSignal } = {},
): Promise<void> {
  const id = exchangeId.trim();
  if (id === '') throw new ExchangeSessionError('configuration', 'reportLinkedAccountReconnected needs the id of the exchange re-authenticated.');
  const endpoint = linkedRoute(backend, 'reconnectedLinked');
  await callBackend(
    {
      send: typeof endpoint === 'function' ? async (context) => (await endpoint(id, context)) ?? {} : { url: sessionUrl(endpoint, id), method: 'POST', body: {}, sessionId: '' },
      subject: `the reconnection of exchange ${id}`,
      read: () => undefined,
    },
    backend,
    signal,
  );
}
