import type { PartnerFlowProps } from '../types';
import { PlaidLinkRunner } from './PlaidLinkRunner';

/** Runs Plaid Link for the session's link token; react-plaid-link reuses the script tag the launcher loaded. */
export default function PlaidFlow({ session, config, presentation, report }: PartnerFlowProps<'plaid'>) {
  const plaid = config.plaid ?? {};
  return (
    // A new OAuth redirect URI re-initialises Link with the same token.
    <PlaidLinkRunner key={plaid.receivedRedirectUri ?? ''} session={session} config={plaid} messages={presentation.messages} report={report} />
  );
}
