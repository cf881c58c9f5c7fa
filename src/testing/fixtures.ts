import type { ExchangePartner } from '../core/session/session';
import { halLink } from './hal-link';

/** Where the fixtures' Dwolla links point. */
export type FixtureEnvironment = 'sandbox' | 'production';

/** Options of {@link exchangeSessionFixture}. */
export interface ExchangeSessionFixtureOptions {
  /** The session id in `_links.self.href`. */
  id?: string;
  environment?: FixtureEnvironment;
  /** For MX: the Connect URL to put in `_links["external-provider-session"].href`. */
  mxUrl?: string;
  /** When Dwolla created the session; now by default (an MX URL expires ten minutes after). */
  created?: string;
}

/** Ids of the fixture sessions, one per partner. Every value in these fixtures is fake. */
export const fixtureSessionIds = {
  mx: 'fa4e0001-0000-4000-8000-00000000a001',
  plaid: 'fa4e0001-0000-4000-8000-00000000a002',
  checkout: 'fa4e0001-0000-4000-8000-00000000a003',
} as const satisfies Record<ExchangePartner, string>;

/** The ids of the exchange partners the fixtures' links name. */
export const fixturePartnerIds: Record<ExchangePartner, string> = {
  mx: 'fa4e0002-0000-4000-8000-0000000000b1',
  plaid: 'fa4e0002-0000-4000-8000-0000000000b2',
  checkout: 'fa4e0002-0000-4000-8000-0000000000b3',
};

/** Fake partner credentials, shaped like the real ones and obviously not real. */
export const fakePartnerValues = {
  mxUrl: 'https://int-widgets.moneydesktop.com/md/connect/FAKE-mx-connect-token-for-tests',
  plaidLinkToken: 'link-sandbox-00000000-fake-4000-8000-000000000000',
  checkoutPaymentSession: {
    id: 'ps_FAKE0000000000000000000000',
    payment_session_secret: 'pss_fake-0000-4000-8000-000000000000',
    payment_session_token: 'RkFLRS1wYXltZW50LXNlc3Npb24tdG9rZW4=',
  },
} as const;

function dwollaHost(environment: FixtureEnvironment): string {
  return environment === 'sandbox' ? 'https://api-sandbox.dwolla.com' : 'https://api.dwolla.com';
}

/**
 * A `GET /exchange-sessions/{id}` response body exactly as Dwolla shapes it for `partner`, with
 * fake values.
 */
export function exchangeSessionFixture(partner: ExchangePartner, options: ExchangeSessionFixtureOptions = {}) {
  const { id = fixtureSessionIds[partner], environment = 'sandbox', mxUrl = fakePartnerValues.mxUrl, created = new Date().toISOString() } = options;
  const host = dwollaHost(environment);
  const links = {
    self: halLink(`${host}/exchange-sessions/${id}`, 'exchange-sessions'),
    'exchange-partner': halLink(`${host}/exchange-partners/${fixturePartnerIds[partner]}`, 'exchange-partner'),
  };
  switch (partner) {
    case 'mx':
      return { created, _links: { ...links, 'external-provider-session': { ...halLink(mxUrl, 'text/html') } } };
    case 'plaid':
      return { created, _links: links, externalProviderSessionToken: fakePartnerValues.plaidLinkToken };
    case 'checkout':
      return { created, _links: links, externalProviderSessionData: { ...fakePartnerValues.checkoutPaymentSession } };
  }
}

/** Dwolla error bodies, as a backend that passes them through would send them. */
export const dwollaErrorFixtures = {
  notFound: { code: 'NotFound', message: 'Exchange session not found.' },
  forbidden: { code: 'Forbidden', message: 'Not authorized to retrieve exchange session.' },
  unauthorized: { code: 'InvalidAccessToken', message: 'Invalid access token.' },
  server: { code: 'ServerError', message: 'A server error occurred. Error ID: fake-0000.' },
  validation: {
    code: 'ValidationError',
    message: 'Validation error(s) present. See embedded errors list for more details.',
    _embedded: { errors: [{ code: 'Invalid', message: 'Invalid exchange partner.', path: '/_links/exchange-partner/href' }] },
  },
} as const;
