'use client';
import { LinkedAccounts } from 'react-dwolla-exchange';

// The user's linked accounts: a state per account, Reconnect where the bank asks, Remove.
export default function LinkedAccountsPage() {
  return <LinkedAccounts />;
}
