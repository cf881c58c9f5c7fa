import { fundingSourceOption, madeFromChoice, type CompleteOption } from '../exchange/funding-source';
import type { ExchangePartner } from '../session/session';

/**
 * The steps that follow a partner's flow: where the machine goes when the flow succeeds, and what
 * code it fetches while the flow runs so that no step waits for it. (A step, in this library, is a
 * part of the journey besides the partner's own UI, each its own chunk: creation, resume, the
 * account picker, the billing details, completion.)
 */
export interface StepsAfterFlow {
  /** Saving the session: the flow may leave the page (Plaid's OAuth banks, MX's redirect). */
  resume: boolean;
  /** Posting the completion. */
  complete: boolean;
  /** MX: picking the connected account. */
  picker: boolean;
  /** MX, a funding source made from the choice: asking checking or savings when the account's name does not say. */
  accountType: boolean;
  /** A card whose funding source is made from the user's choice: its billing details. */
  billing: boolean;
}

/** What follows `partner`'s flow with the launcher's `complete` option; a re-authentication needs no exchange. */
export function stepsAfterFlow(partner: ExchangePartner, complete: CompleteOption | undefined, reauthenticating: boolean): StepsAfterFlow {
  const exchange = complete !== undefined && complete !== false && !reauthenticating;
  const fromChoice = madeFromChoice(fundingSourceOption(complete));
  return {
    resume: partner !== 'checkout',
    complete: exchange,
    picker: exchange && partner === 'mx',
    accountType: exchange && partner === 'mx' && fromChoice,
    billing: exchange && partner === 'checkout' && fromChoice,
  };
}
