import { ExchangeSessionError } from '../errors';
import type { AvailableExchangeConnection, CardDetails, FundingSourceRequest } from './exchange-token';
import type { CheckoutPayment, PlaidAccount, PlaidSuccessMetadata } from '../launch-result';
import type { CompleteOption } from '../launcher/launcher-state';

/** What the user chose in the flow, from which the funding source is made. */
export type FundingSourceChoice =
  | { partner: 'mx'; account: AvailableExchangeConnection }
  /** `account`: the one the user selected in Link (the first, should Link return several). */
  | { partner: 'plaid'; account: PlaidAccount | undefined; metadata: PlaidSuccessMetadata }
  /** `cardDetails`: what the user entered in the billing-details step, after Flow. */
  | { partner: 'checkout'; cardDetails: CardDetails; payment: CheckoutPayment };

/**
 * The funding source `complete` creates with the exchange: a fixed request; `true` for one made
 * from the user's choice (the account's own name and type; for a card, the billing details the
 * user enters after Flow); or a function of that choice (`undefined`: the exchange alone).
 */
export type FundingSourceOption = FundingSourceRequest | true | ((choice: FundingSourceChoice) => FundingSourceRequest | undefined);

// Dwolla's limit for a funding source's name.
const nameLength = 50;

/** The funding source made from a choice alone: the account's name and type, or the card's holder. */
export function defaultFundingSource(choice: FundingSourceChoice): FundingSourceRequest {
  switch (choice.partner) {
    case 'mx':
      // MX's connections carry a name only: its type is read from it.
      return { name: choice.account.name.slice(0, nameLength), bankAccountType: /saving/i.test(choice.account.name) ? 'savings' : 'checking' };
    case 'plaid': {
      const { account } = choice;
      const name = account ? [account.name, account.mask && `••${account.mask}`].filter(Boolean).join(' ') : 'Bank account';
      return { name: name.slice(0, nameLength), bankAccountType: account?.subtype === 'savings' ? 'savings' : 'checking' };
    }
    case 'checkout': {
      const { firstName, lastName } = choice.cardDetails;
      return { name: `${firstName} ${lastName}'s debit card`.slice(0, nameLength), cardDetails: choice.cardDetails };
    }
    default:
      return choice satisfies never;
  }
}

/** The `fundingSource` of the launcher's `complete` option. */
export function fundingSourceOption(complete: CompleteOption | undefined): FundingSourceOption | undefined {
  return typeof complete === 'object' ? complete.fundingSource : undefined;
}

/** Whether a card's funding source needs the billing-details step: only when it is made from the user's choice. */
export function needsBillingDetails(option: FundingSourceOption | undefined): boolean {
  return option === true || typeof option === 'function';
}

/**
 * The funding source for `choice`, or a `configuration` error when the app's function threw (its
 * bug, shown as an error rather than an exchange silently made without a funding source).
 */
export function fundingSourceFor(option: FundingSourceOption | undefined, choice: FundingSourceChoice, sessionId: string): FundingSourceRequest | ExchangeSessionError | undefined {
  if (option === undefined || option === true) return option && defaultFundingSource(choice);
  if (typeof option !== 'function') return option;
  try {
    return option(choice);
  } catch (cause) {
    return new ExchangeSessionError('configuration', 'complete.fundingSource threw; no exchange was created.', { sessionId, cause });
  }
}
