// What the linked accounts' tests share: the mock backend at the network edge (the linked
// accounts' routes first, then the journey's, for a re-authentication), and the rows by name.
import { screen, within } from '@testing-library/react';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';
import { exchangeSessionFixture } from '../../src/testing/fixtures';
import { linkedAccountsHandlers, type LinkedAccountsHandlersOptions, type LinkedAccountsRequest } from '../../src/testing/linked-accounts-handlers';
import { server } from '../setup/msw-server';

export const [activeAccount, reconnectAccount, cardAccount, deactivatedAccount] = fakeLinkedAccounts as [
  (typeof fakeLinkedAccounts)[number],
  (typeof fakeLinkedAccounts)[number],
  (typeof fakeLinkedAccounts)[number],
  (typeof fakeLinkedAccounts)[number],
];

/** The re-authentication session the mock backend creates for any exchange: a Plaid one. */
export const reauthSessionId = 'fa4e0001-0000-4000-8000-0000000000r2';

/** The backend's requests, in order: the linked accounts' routes and the journey's. */
export type BackendRequest = LinkedAccountsRequest | JourneyRequest;

/** Serves the linked accounts (the fakes by default) and the journey of a re-authentication. */
export function serveLinkedAccounts(options: LinkedAccountsHandlersOptions = {}): BackendRequest[] {
  const requests: BackendRequest[] = [];
  const record = (request: BackendRequest) => void requests.push(request);
  const sessions = { [reauthSessionId]: exchangeSessionFixture('plaid', { id: reauthSessionId }) };
  server.use(
    ...linkedAccountsHandlers({ onRequest: record, ...options }),
    ...exchangeSessionHandlers({ sessions }),
    ...exchangeJourneyHandlers({ sessions, reauthSessionId, onRequest: record }),
  );
  return requests;
}

/** The list's rows, as a user finds them: list items of the list named `name`. */
export async function rows(name = 'Linked accounts') {
  return within(await screen.findByRole('list', { name })).getAllByRole('listitem');
}

/** The row of the account whose name is `name`, in the list named `list`. */
export async function rowOf(name: string, list?: string): Promise<HTMLElement> {
  const row = (await rows(list)).find((item) => within(item).queryByText(name, { selector: '[data-part="linked-account-name"]' }));
  if (!row) throw new Error(`No row named ${name}`);
  return row;
}

/** The routes the backend was asked, in order. */
export const routes = (requests: BackendRequest[]) => requests.map(({ route }) => route);
