import { ExchangeSessionError } from '../core/errors';
import { createLoader, type Loader } from '../core/loader';
import type { ExchangePartner } from '../core/session/session';
import type { AnyPartnerFlow, PartnerFlow } from './types';

// The only door to partner code: each flow is its own chunk, fetched when a session of that
// partner arrives, so an MX-only app never downloads Plaid or Checkout.com code.
const importers: { [P in ExchangePartner]: () => Promise<{ default: PartnerFlow<P> }> } = {
  mx: () => import('./mx/mx-flow'),
  plaid: () => import('./plaid/plaid-flow'),
  checkout: () => import('./checkout/checkout-flow'),
};

/** One partner's flow, loaded once per page. */
function flowOf(partner: ExchangePartner): Loader<AnyPartnerFlow> {
  // Sound because the launcher renders a flow only with a session of the flow's own partner.
  return createLoader(() => importers[partner]().then((module) => module.default as AnyPartnerFlow));
}

const flows: Record<ExchangePartner, Loader<AnyPartnerFlow>> = { mx: flowOf('mx'), plaid: flowOf('plaid'), checkout: flowOf('checkout') };

const peerPackages: Record<ExchangePartner, string | undefined> = {
  mx: undefined,
  plaid: 'react-plaid-link',
  checkout: '@checkout.com/checkout-web-components',
};

/** The partner's flow if it has loaded already (preloaded, or used before): no wait, no extra render. */
export function loadedPartner(partner: ExchangePartner): AnyPartnerFlow | undefined {
  return flows[partner].current;
}

/**
 * Loads a partner's flow once per page; a failed load is forgotten so that a retry loads again.
 *
 * @throws {@link ExchangeSessionError} `partnerUnavailable`, naming the package to install.
 */
export function loadPartner(partner: ExchangePartner): Promise<AnyPartnerFlow> {
  return flows[partner]().catch((cause: unknown) => {
    const peer = peerPackages[partner];
    const hint = peer ? ` Is ${peer} installed? (npm install ${peer})` : '';
    throw new ExchangeSessionError('partnerUnavailable', `Could not load the ${partner} flow.${hint}`, { cause });
  });
}
