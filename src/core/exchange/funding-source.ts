import { ExchangeSessionError } from '../errors';
import type { CheckoutPayment, PlaidAccount, PlaidSuccessMetadata } from '../launch-result';
import type { AvailableExchangeConnection, BankAccountType, CardDetails, FundingSourceRequest } from './exchange-token';

/** What the user chose in the flow, from which the funding source is made. */
export type FundingSourceChoice =
  /** `bankAccountType`: read from the account's name when it says, else the user's answer in the picker. */
  | { partner: 'mx'; account: AvailableExchangeConnection; bankAccountType: BankAccountType }
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

/** The launcher's `complete` option: `true`, or what to create besides the exchange. */
export type CompleteOption = boolean | { fundingSource?: FundingSourceOption };

// Dwolla's limit for a funding source's name.
const fundingSourceNameLength = 50;

/** `name` within Dwolla's limit: cut at a word where it can be, and marked as cut (in ASCII, as Dwolla's names are safest). */
function shortened(name: string, room = fundingSourceNameLength): string {
  if (name.length <= room) return name;
  const cut = name.slice(0, room - 3);
  return `${cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut}...`;
}

/** The account type an MX connection's name says (`Everyday Checking`, `High-Yield Savings`), if it says one. */
export function accountTypeNamed(name: string): BankAccountType | undefined {
  if (/\bsavings?\b/i.test(name)) return 'savings';
  if (/\bchecking\b/i.test(name)) return 'checking';
  return undefined;
}

/** The funding source made from a choice alone: the account's name and type, or the card's holder. */
function defaultFundingSource(choice: FundingSourceChoice): FundingSourceRequest {
  switch (choice.partner) {
    case 'mx':
      return { name: shortened(choice.account.name), bankAccountType: choice.bankAccountType };
    case 'plaid': {
      const { account } = choice;
      // The mask is what tells two accounts apart: the name gives way to it.
      const mask = account?.mask ? ` ••${account.mask}` : '';
      const name = account ? `${shortened(account.name, fundingSourceNameLength - mask.length)}${mask}` : 'Bank account';
      return { name, bankAccountType: account?.subtype === 'savings' ? 'savings' : 'checking' };
    }
    case 'checkout': {
      const { firstName, lastName } = choice.cardDetails;
      const suffix = "'s debit card";
      return { name: `${shortened(`${firstName} ${lastName}`, fundingSourceNameLength - suffix.length)}${suffix}`, cardDetails: choice.cardDetails };
    }
    default:
      return choice satisfies never;
  }
}

/** The `fundingSource` of the launcher's `complete` option. */
export function fundingSourceOption(complete: CompleteOption | undefined): FundingSourceOption | undefined {
  return typeof complete === 'object' ? complete.fundingSource : undefined;
}

/** Whether the funding source is made from the user's choice (`true` or a function), not fixed. */
export function madeFromChoice(option: FundingSourceOption | undefined): option is Exclude<FundingSourceOption, FundingSourceRequest> {
  return option === true || typeof option === 'function';
}

/**
 * The funding source for `choice`, or a `configuration` error, before anything is posted: the
 * app's function threw (its bug, shown rather than an exchange silently made without a funding
 * source), or a name is longer than Dwolla takes.
 */
export function fundingSourceFor(
  option: FundingSourceOption | undefined,
  choice: FundingSourceChoice | undefined,
  sessionId: string,
): FundingSourceRequest | ExchangeSessionError | undefined {
  let request: FundingSourceRequest | undefined;
  try {
    request = madeFromChoice(option) ? choice && (option === true ? defaultFundingSource(choice) : option(choice)) : option;
  } catch (cause) {
    return new ExchangeSessionError('configuration', 'complete.fundingSource threw; no exchange was created.', { sessionId, cause });
  }
  if (request && request.name.length > fundingSourceNameLength) {
    const message = `complete.fundingSource's name is ${request.name.length} characters; Dwolla takes ${fundingSourceNameLength} characters at most. No exchange was created.`;
    return new ExchangeSessionError('configuration', message, { sessionId });
  }
  return request;
}
