import type { LinkedAccount } from '../core/linked/linked-account';

const dwolla = 'https://api-sandbox.dwolla.com';
const exchange = (id: string) => ({ exchangeId: id, exchangeUrl: `${dwolla}/exchanges/${id}` });
const fundingSource = (id: string) => ({ id, url: `${dwolla}/funding-sources/${id}` });

/** The exchange ids of {@link fakeLinkedAccounts}, by what each account shows. */
export const fakeLinkedExchangeIds = {
  active: 'fa4e0004-0000-4000-8000-0000000000e1',
  needsReconnecting: 'fa4e0004-0000-4000-8000-0000000000e2',
  card: 'fa4e0004-0000-4000-8000-0000000000e3',
  deactivated: 'fa4e0004-0000-4000-8000-0000000000e4',
} as const;

/**
 * A customer's linked accounts as the `/server` handler lists them (`GET {basePath}/linked`),
 * newest first, with obviously fake values: a Plaid checking account in use, a Plaid savings
 * account whose bank asks for a sign-in again, a debit card (Checkout.com), and a deactivated MX
 * account.
 */
export const fakeLinkedAccounts: readonly LinkedAccount[] = [
  {
    ...exchange(fakeLinkedExchangeIds.active),
    partner: 'plaid',
    state: 'active',
    created: '2026-05-02T12:00:00.000Z',
    fundingSources: [{ ...fundingSource('fa4e0005-0000-4000-8000-0000000000f1'), name: 'Plaid Checking ••0000', type: 'bank', bankAccountType: 'checking', status: 'verified', removed: false }],
  },
  {
    ...exchange(fakeLinkedExchangeIds.needsReconnecting),
    partner: 'plaid',
    state: 'reauthenticationRequired',
    created: '2026-04-18T12:00:00.000Z',
    fundingSources: [{ ...fundingSource('fa4e0005-0000-4000-8000-0000000000f2'), name: 'Plaid Saving ••1111', type: 'bank', bankAccountType: 'savings', status: 'verified', removed: false }],
  },
  {
    ...exchange(fakeLinkedExchangeIds.card),
    partner: 'checkout',
    state: 'active',
    created: '2026-03-09T12:00:00.000Z',
    fundingSources: [{ ...fundingSource('fa4e0005-0000-4000-8000-0000000000f3'), name: 'Visa Debit ••4242', type: 'card', status: 'verified', removed: false }],
  },
  {
    ...exchange(fakeLinkedExchangeIds.deactivated),
    partner: 'mx',
    state: 'deactivated',
    created: '2025-11-20T12:00:00.000Z',
    fundingSources: [{ ...fundingSource('fa4e0005-0000-4000-8000-0000000000f4'), name: 'MX Bank Checking ••2222', type: 'bank', status: 'verified', removed: false }],
  },
];
