// `react-dwolla-exchange/testing/msw`: MSW handlers that play the app's backend and the partners'
// CDNs in tests and stories. The only entry of the kit that needs `msw` installed.
export type { ExchangeJourneyHandlersOptions, JourneyRequest } from './exchange-journey-handlers';
export { exchangeJourneyHandlers } from './exchange-journey-handlers';
export type { ExchangeSessionHandlersOptions, MockSessionAnswer, MockSessions } from './exchange-session-handlers';
export { exchangeSessionHandlers } from './exchange-session-handlers';
export type { LinkedAccountsHandlersOptions, LinkedAccountsRequest } from './linked-accounts-handlers';
export { linkedAccountsHandlers } from './linked-accounts-handlers';
export type { PartnerScriptBehaviour, PartnerScriptHandlersOptions } from './partner-script-handlers';
export { partnerScriptHandlers } from './partner-script-handlers';
