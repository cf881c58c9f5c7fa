import type { PartnerFlowProps } from '../types';
import { usePartnerScript } from '../use-partner-script';
import { PlaidLinkRunner } from './PlaidLinkRunner';

/**
 * Runs Plaid Link for the session's link token. The script is loaded here, once, so that a failed
 * load is a typed error that a retry recovers from; react-plaid-link then reuses the tag.
 */
export default function PlaidFlow({ session, config, report, receivedRedirectUri, loading }: PartnerFlowProps<'plaid'>) {
  const loaded = usePartnerScript('plaid', config, report);
  if (!loaded) return loading;
  return (
    // A new OAuth redirect URI re-initialises Link with the same token.
    <PlaidLinkRunner
      key={receivedRedirectUri ?? ''}
      session={session}
      config={config.plaid ?? {}}
      report={report}
      receivedRedirectUri={receivedRedirectUri}
    />
  );
}
