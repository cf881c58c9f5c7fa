import { isJsonObject, ownString } from '../backend/json';

/**
 * What a finished partner flow hands over to create the Dwolla exchange, in the form the app's
 * backend posts to Dwolla: Plaid's `public_token`, the MX account the user picked, the
 * Checkout.com payment's id.
 */
export type ExchangeToken =
  | { partner: 'plaid'; publicToken: string }
  | { partner: 'mx'; availableConnectionToken: string }
  | { partner: 'checkout'; paymentId: string };

/** A card's billing details, as Dwolla's card funding source needs them. */
export interface CardDetails {
  firstName: string;
  lastName: string;
  billingAddress: { address1: string; address2?: string; city: string; stateProvinceRegion: string; country: string; postalCode: string };
}

/** The funding source to create from the new exchange: a bank account, or a debit card (Checkout.com). */
export type FundingSourceRequest =
  | { name: string; bankAccountType: 'checking' | 'savings' }
  | { name: string; cardDetails: CardDetails };

/** An account the customer connected through MX, ready to become an exchange. */
export interface AvailableExchangeConnection {
  availableConnectionToken: string;
  name: string;
}

/** The well-formed connections of a listed array (Dwolla's, or the app backend's); others are skipped. */
export function readAvailableConnections(items: readonly unknown[]): AvailableExchangeConnection[] {
  return items.flatMap((item) => {
    if (!isJsonObject(item)) return [];
    const availableConnectionToken = ownString(item, 'availableConnectionToken');
    const name = ownString(item, 'name');
    return availableConnectionToken && name ? [{ availableConnectionToken, name }] : [];
  });
}
