import { ExchangeSessionError } from '../core/errors';
import type { ExchangePartner } from '../core/session';
import type { AnyPartnerFlow, PartnerFlow } from './types';

type PartnerModule<P extends ExchangePartner> = Promise<{ default: PartnerFlow<P> }>;

// The only door to partner code: each flow is its own chunk, fetched when a session of that
// partner arrives, so an MX-only app never downloads Plaid or Checkout.com code.
const importers: { [P in ExchangePartner]: () => PartnerModule<P> } = {
  mx: () => import('./mx/mx-flow'),
  plaid: () => import('./plaid/plaid-flow'),
  checkout: () => import('./checkout/checkout-flow'),
};

const peerPackages: Record<ExchangePartner, string | undefined> = {
  mx: undefined,
  plaid: 'react-plaid-link',
  checkout: '@checkout.com/checkout-web-components',
};

const loaded = new Map<ExchangePartner, Promise<AnyPartnerFlow>>();
const ready = new Map<ExchangePartner, AnyPartnerFlow>();

/** The partner's flow if it has loaded already (preloaded, or used before): no wait, no extra render. */
export function loadedPartner(partner: ExchangePartner): AnyPartnerFlow | undefined {
  return ready.get(partner);
}

/**
 * Loads a partner's flow once per page; a failed load is forgotten so that a retry loads again.
 *
 * @throws {@link ExchangeSessionError} `partnerUnavailable`, naming the package to install.
 */
export function loadPartner(partner: ExchangePartner): Promise<AnyPartnerFlow> {
  let flow = loaded.get(partner);
  if (!flow) {
    flow = importers[partner]().then(
      // Sound because the launcher renders a flow only with a session of the flow's own partner.
      (module) => {
        const component = module.default as AnyPartnerFlow;
        ready.set(partner, component);
        return component;
      },
      (cause: unknown) => {
        loaded.delete(partner);
        const peer = peerPackages[partner];
        const hint = peer ? ` Is ${peer} installed? (npm install ${peer})` : '';
        throw new ExchangeSessionError('partnerUnavailable', `Could not load the ${partner} flow.${hint}`, { cause });
      },
    );
    loaded.set(partner, flow);
  }
  return flow;
}
