import { createDwollaClient, createExchangeSessionHandler } from 'react-dwolla-exchange/server';
import { demoCustomerId, fakeDwollaClient } from '@/fake/dwolla';
import { connections } from '@/lib/connections';

const { DWOLLA_KEY: key, DWOLLA_SECRET: secret = '' } = process.env;
const dwolla = key ? createDwollaClient({ key, secret, environment: 'sandbox' }) : await fakeDwollaClient();

// Who is signed in, and which sessions are theirs, is your auth's and your database's job: here
// one demo user, whose Dwolla customer is fixed, and the sessions they created, kept in memory.
const sessions = new Set<string>();

const handler = createExchangeSessionHandler({
  dwolla,
  customerId: () => process.env.DWOLLA_CUSTOMER_ID ?? demoCustomerId,
  onCreated: (_request, session) => void sessions.add(session.id),
  authorize: (_request, sessionId) => sessions.has(sessionId),
  // Reconnect: the handler checks the exchange is the customer's at Dwolla; what the webhooks said is cleared once it is done.
  authorizeExchange: () => true,
  accountState: (_request, { exchangeId }) => connections.get(exchangeId),
  onReconnected: (_request, { exchangeId }) => void connections.delete(exchangeId),
});
export { handler as GET, handler as POST };
