import type { ExchangeSessionErrorCode } from '../errors';
import type { LinkedAccount, LinkedAccountPartner, LinkedAccountState, LinkedFundingSource } from '../linked/linked-account';
import { usableFundingSources } from '../linked/linked-accounts-list';
import type { ExchangeMessages } from './exchange-messages';
import { errorText } from './messages-for';

// Brand names, the same in every language.
const partnerNames = { mx: 'MX', plaid: 'Plaid', checkout: 'Checkout.com' } as const;

/** The partner's name as the user reads it. */
export function partnerName(partner: LinkedAccountPartner, messages: ExchangeMessages): string {
  return partner === 'other' ? messages.linkedOtherPartner : partnerNames[partner];
}

/** What a funding source is: checking, savings, a bank account of unknown kind, a debit card. */
export function fundingSourceKind(source: LinkedFundingSource, messages: ExchangeMessages): string {
  if (source.type === 'card') return messages.linkedCard;
  switch (source.bankAccountType) {
    case 'checking':
      return messages.accountTypeChecking;
    case 'savings':
      return messages.accountTypeSavings;
    case undefined:
      return messages.linkedBankAccount;
    default:
      return source.bankAccountType satisfies never;
  }
}

/** An account's name: its usable funding sources' names, else its partner's account. */
export function accountName(account: LinkedAccount, messages: ExchangeMessages): string {
  const names = usableFundingSources(account).map((source) => source.name);
  return names.length > 0 ? names.join(', ') : messages.linkedAccountOf(partnerName(account.partner, messages));
}

/** Under the name: the first usable funding source's kind, and through whom and when the account was linked. */
export function accountDetails(account: LinkedAccount, messages: ExchangeMessages, locale: string | undefined): string {
  // The date Dwolla recorded, in UTC, with a fixed default language: a page rendered on a server
  // reads the same in the browser, whatever either's time zone.
  const date = new Intl.DateTimeFormat(locale ?? 'en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(account.created));
  const through = messages.linkedThrough(partnerName(account.partner, messages), date);
  const first = usableFundingSources(account)[0];
  return first ? `${fundingSourceKind(first, messages)} · ${through}` : through;
}

/** A state's badge, and what it means for the user where they must act. */
export function stateTexts(state: LinkedAccountState, messages: ExchangeMessages): { badge: string; hint?: string } {
  switch (state) {
    case 'active':
      return { badge: messages.linkedStateActive };
    case 'reauthenticationRequired':
      return { badge: messages.linkedStateReauthenticationRequired, hint: messages.linkedReconnectHint };
    case 'deactivated':
      return { badge: messages.linkedStateDeactivated, hint: messages.linkedDeactivatedHint };
    default:
      return state satisfies never;
  }
}

/**
 * What to do after the list or a removal failed: the error family's hint, except where the
 * journey's words do not fit: an unknown funding source is likely removed already, and an
 * unknown list route is no session that expired.
 */
export function linkedErrorHint(messages: ExchangeMessages, code: ExchangeSessionErrorCode, removing: boolean): string {
  if (code !== 'notFound') return errorText(messages, code).hint;
  return removing ? messages.linkedGoneHint : messages.errorUnavailableHint;
}
