import type { FakeDwollaContext } from './fake-dwolla-answers';
import { publishFakeEvent } from './fake-dwolla-events';
import type { FakeDwollaExchange, FakeDwollaState } from './fake-dwolla-state';

function heldExchange(state: FakeDwollaState, exchangeId: string): FakeDwollaExchange {
  const exchange = state.exchanges.get(exchangeId);
  if (!exchange) throw new Error(`The fake Dwolla holds no exchange ${exchangeId}.`);
  return exchange;
}

/**
 * The bank connection of exchange `exchangeId` breaks (a new bank password, revoked consent): it
 * needs its user, and Dwolla sends `customer_exchange_reauth_required`. Its status stays `active`:
 * Dwolla's document has no other for it.
 */
export function breakFakeConnection(context: FakeDwollaContext, exchangeId: string): void {
  const exchange = heldExchange(context.state, exchangeId);
  exchange.reauthenticationRequired = true;
  publishFakeEvent(context, 'customer_exchange_reauth_required', { collection: 'exchanges', id: exchangeId, customerId: exchange.customerId });
}

/** The connection of exchange `exchangeId` stops: its status `deactivated`, `customer_exchange_deactivated` sent. */
export function deactivateFakeConnection(context: FakeDwollaContext, exchangeId: string): void {
  const exchange = heldExchange(context.state, exchangeId);
  exchange.status = 'deactivated';
  publishFakeEvent(context, 'customer_exchange_deactivated', { collection: 'exchanges', id: exchangeId, customerId: exchange.customerId });
}

/** The user finished re-authentication session `sessionId`: its exchange is active again. `false` for a session that renews no exchange. */
export function completeFakeReauthentication(state: FakeDwollaState, sessionId: string): boolean {
  const exchangeId = state.sessions.get(sessionId)?.exchangeId;
  const exchange = exchangeId === undefined ? undefined : state.exchanges.get(exchangeId);
  if (!exchange) return false;
  exchange.status = 'active';
  exchange.reauthenticationRequired = false;
  return true;
}
