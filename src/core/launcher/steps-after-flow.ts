import { fundingSourceOption, needsBillingDetails } from '../exchange/funding-source';
import type { ExchangePartner } from '../session/session';
import type { CompleteOption } from './launcher-state';

/** The steps that may follow a partner's flow, whose code is fetched while the flow runs so that none waits for it. */
export interface StepsAfterFlow {
  /** Saving the session: the flow may leave the page (Plaid's OAuth banks, MX's redirect). */
  resume: boolean;
  /** Posting the completion. */
  complete: boolean;
  /** MX: picking the connected account. */
  picker: boolean;
  /** A card whose funding source is made from the user's choice: its billing details. */
  billing: boolean;
}

/** What follows `partner`'s flow with the launcher's `complete` option. */
export function stepsAfterFlow(partner: ExchangePartner, complete: CompleteOption | undefined): StepsAfterFlow {
  const completes = complete !== undefined && complete !== false;
  return {
    resume: partner !== 'checkout',
    complete: completes,
    picker: completes && partner === 'mx',
    billing: completes && partner === 'checkout' && needsBillingDetails(fundingSourceOption(complete)),
  };
}
