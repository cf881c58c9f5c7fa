import type { AvailableExchangeConnection } from '../core/exchange/exchange-token';

/** The accounts the mock backend lists for an MX session: obviously fake. */
export const fakeAvailableConnections: readonly AvailableExchangeConnection[] = [
  { availableConnectionToken: 'fake-connection-token-checking', name: 'MX Bank Checking ••1111' },
  { availableConnectionToken: 'fake-connection-token-savings', name: 'MX Bank Savings ••2222' },
];

/** The exchange URL the mock backend answers a completion with. */
export const fakeExchangeUrl = 'https://api-sandbox.dwolla.com/exchanges/fa4e0004-0000-4000-8000-0000000000e1';
/** The funding source URL the mock backend answers a completion that asked for one with. */
export const fakeFundingSourceUrl = 'https://api-sandbox.dwolla.com/funding-sources/fa4e0005-0000-4000-8000-0000000000f1';
