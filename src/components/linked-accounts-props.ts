import type { CSSProperties, ReactNode } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { LinkedAccount, LinkedFundingSource } from '../core/linked/linked-account';
import type { ExchangePresentation } from '../core/presentation/presentation';

/** What an app's own row (`renderAccount`) can do with its account. */
export interface LinkedAccountActions {
  /**
   * Opens the reconnection in place, under the row: a launcher re-authenticating the account.
   * `undefined` unless the account needs it (`reauthenticationRequired`) and its partner is one
   * this library runs.
   */
  reconnect: (() => void) | undefined;
  /** Asks to remove one of the account's funding sources, by id: the confirmation opens under the row. */
  remove: (fundingSourceId: string) => void;
}

/** A funding source the user removed, and the account it was made from. */
export interface LinkedAccountRemoval {
  account: LinkedAccount;
  fundingSource: LinkedFundingSource;
}

/** Props of `LinkedAccounts`. */
export interface LinkedAccountsProps extends ExchangePresentation {
  /**
   * Your own content for each account's row instead of the default one (its name, state badge,
   * details and buttons); the row itself, and the reconnection or confirmation it opens, stay the
   * view's.
   */
  renderAccount?: (account: LinkedAccount, actions: LinkedAccountActions) => ReactNode;
  /** An account was reconnected: the list shows it active, and is fetched again. */
  onReconnected?: (account: LinkedAccount) => void;
  /** The user confirmed a removal and the backend made it: the funding source is gone from the list. */
  onRemoved?: (removal: LinkedAccountRemoval) => void;
  /** Once per error: the list's, a removal's, and the reconnecting launcher's. */
  onError?: (error: ExchangeSessionError) => void;
  /** A class for the view's root, beside `dwx dwx-linked-accounts`. */
  className?: string;
  /** Inline style for the view's root, over the appearance's variables. */
  style?: CSSProperties;
}
