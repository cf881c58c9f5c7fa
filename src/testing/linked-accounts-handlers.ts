import { http, HttpResponse, type HttpHandler } from 'msw';
import type { LinkedAccount } from '../core/linked/linked-account';
import { withAccountReconnected, withFundingSourceRemoved } from '../core/linked/linked-accounts-list';
import { routesOf } from './exchange-session-handlers';
import { fakeLinkedAccounts } from './fake-linked-accounts';

/** One request the mock backend received on a linked accounts' route. */
export interface LinkedAccountsRequest {
  route: 'linked' | 'removeLinked' | 'reconnected';
  /** The funding source a removal names. */
  fundingSourceId?: string;
  /** The exchange a reconnection names. */
  exchangeId?: string;
}

/** Options of {@link linkedAccountsHandlers}. */
export interface LinkedAccountsHandlersOptions {
  /** The backend's routes, as the `/server` handler's `basePath`. Default `/api/exchange-sessions`. */
  basePath?: string;
  /** The customer's accounts, newest first; {@link fakeLinkedAccounts} by default. Each set of handlers keeps its own list. */
  accounts?: readonly LinkedAccount[];
  /** Milliseconds to wait before answering, to show the busy states. */
  delay?: number;
  /** Sees every request, for assertions. */
  onRequest?: (request: LinkedAccountsRequest) => void;
}

/**
 * MSW handlers that play the `/server` handler's linked accounts' routes in tests and stories:
 * `GET {basePath}/linked` answers the accounts, `POST {basePath}/linked/:id/remove` marks a
 * funding source removed (`200 { fundingSourceUrl, removed: true }`, the same again; `404`
 * `NotFound` for one the customer does not have), and `POST {basePath}/linked/:id/reconnected`
 * makes an account active, as an app's `onReconnected` clears its record (`403` for an exchange
 * the customer does not have). Put them first: before `exchangeSessionHandlers`, whose
 * `GET {basePath}/:id` would take `linked` for a session id.
 */
export function linkedAccountsHandlers(options: LinkedAccountsHandlersOptions = {}): HttpHandler[] {
  const { accounts: initial = fakeLinkedAccounts, delay = 0, onRequest } = options;
  const base = routesOf(options);
  // Replaced, never changed: the accounts given, and other sets of handlers, keep theirs.
  let accounts = initial;
  const wait = () => (delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)) : undefined);
  return [
    http.get(`${base}/linked`, async () => {
      onRequest?.({ route: 'linked' });
      await wait();
      return HttpResponse.json({ accounts });
    }),
    http.post(`${base}/linked/:fundingSourceId/remove`, async ({ params }) => {
      const fundingSourceId = String(params.fundingSourceId);
      onRequest?.({ route: 'removeLinked', fundingSourceId });
      await wait();
      const source = accounts.flatMap((account) => account.fundingSources).find(({ id }) => id === fundingSourceId);
      if (!source) return HttpResponse.json({ code: 'NotFound', message: 'Funding source not found.' }, { status: 404 });
      accounts = withFundingSourceRemoved(accounts, fundingSourceId);
      return HttpResponse.json({ fundingSourceUrl: source.url, removed: true });
    }),
    http.post(`${base}/linked/:exchangeId/reconnected`, async ({ params }) => {
      const exchangeId = String(params.exchangeId);
      onRequest?.({ route: 'reconnected', exchangeId });
      await wait();
      const account = accounts.find((candidate) => candidate.exchangeId === exchangeId);
      if (!account) return HttpResponse.json({ code: 'Forbidden', message: 'Not authorized to use exchange.' }, { status: 403 });
      accounts = withAccountReconnected(accounts, exchangeId);
      return HttpResponse.json({ exchangeUrl: account.exchangeUrl, state: 'active' });
    }),
  ];
}
