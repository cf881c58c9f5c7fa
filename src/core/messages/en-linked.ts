import type { LinkedAccountsMessages } from './linked-messages';

/** English texts of the linked accounts' view: in its own code, never in the launcher's. */
export const enLinked = {
  linkedAccountsLabel: 'Linked accounts',
  linkedAccountsLoading: 'Loading your linked accounts…',
  linkedAccountsFailed: 'We could not load your linked accounts.',
  linkedAccountsEmpty: 'You have no linked accounts yet.',

  linkedStateActive: 'Active',
  linkedStateReauthenticationRequired: 'Needs reconnecting',
  linkedStateDeactivated: 'Deactivated',
  linkedReconnectHint: 'Your bank needs you to sign in again before this account can be used.',
  linkedDeactivatedHint: 'This account can no longer be used. Link it again to use it.',

  linkedBankAccount: 'Bank account',
  linkedCard: 'Debit card',
  linkedAccountOf: (partner) => `${partner} account`,
  linkedOtherPartner: 'another provider',
  linkedThrough: (partner, date) => `Linked through ${partner} on ${date}`,

  linkedReconnect: 'Reconnect',
  linkedReconnectLabel: (name) => `Reconnect ${name}`,
  linkedReconnected: (name) => `${name} is reconnected.`,

  linkedRemove: 'Remove',
  linkedRemoveLabel: (name) => `Remove ${name}`,
  linkedConfirmTitle: (name) => `Remove ${name}?`,
  linkedConfirmHint: 'You will no longer be able to pay or be paid with it. You can link it again later.',
  linkedConfirmRemove: 'Yes, remove',
  linkedCancel: 'Cancel',
  linkedRemoving: 'Removing…',
  linkedRemoved: (name) => `${name} was removed.`,
  linkedRemoveFailed: (name) => `We could not remove ${name}.`,
  linkedGoneHint: 'It may have been removed already: the list is up to date.',
} satisfies LinkedAccountsMessages;
