// `react-dwolla-exchange/testing`: the kit's parts that need nothing but Node or a browser. The
// MSW handlers are in `react-dwolla-exchange/testing/msw`, the one entry that needs `msw`.
export { fakeAvailableConnections, fakeExchangeUrl, fakeFundingSourceUrl } from './fake-journey-values';
export { fakeLinkedAccounts, fakeLinkedExchangeIds } from './fake-linked-accounts';
export type { FakeDwolla, FakeDwollaOptions } from './fake-dwolla';
export { startFakeDwolla } from './fake-dwolla';
export type { FakeDwollaExchange, FakeDwollaFault, FakeDwollaFaultMatch, FakeDwollaFundingSource, FakeDwollaPartner, FakeDwollaRequest, FakeDwollaSession } from './fake-dwolla-state';
export { fakeDwollaConnections, fakeDwollaCredentials, fakeDwollaCustomerId } from './fake-dwolla-state';
export type { FakeDwollaEvent, FakeDwollaEventLink, FakeWebhookDelivery, FakeWebhookSubscription } from './fake-dwolla-webhook-types';
export type { FakeCheckoutLog } from './fake-checkout';
export { fakeCheckoutScript, fakeDeclinedCard, fakeExpiredPaymentSessionId, installFakeCheckout } from './fake-checkout';
export { fakeMxConnectPage, fakeMxConnectPath } from './fake-mx-connect';
export type { FakePartnerFile } from './fake-partner-files';
export { fakePartnerFile, fakePartnerResponse } from './fake-partner-files';
export type { FakePartnerPagesPlugin, FakePartnerPagesServer } from './fake-partner-pages';
export { fakePartnerPages } from './fake-partner-pages';
export type { FakePlaidLog } from './fake-plaid';
export { fakeInstitutionDownLinkToken, fakeInvalidLinkToken, fakePlaidScript, installFakePlaid } from './fake-plaid';
export type { ExchangeSessionFixtureOptions, FixtureEnvironment } from './fixtures';
export { dwollaErrorFixtures, exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from './fixtures';
export { checkoutScriptUrl } from '../partners/checkout/checkout-script';
export { plaidScriptUrl } from '../partners/plaid/plaid-script';
