'use client';
import { useEffect, useState, type RefObject } from 'react';
import { callApp } from '../core/app-callback';
import { isExchangeSessionError, type ExchangeSessionError } from '../core/errors';
import type { LinkedAccount, LinkedFundingSource } from '../core/linked/linked-account';
import { linkedAccountsQueryKey } from '../core/linked/linked-accounts-query-options';
import { canReconnect, withAccountReconnected } from '../core/linked/linked-accounts-list';
import { reportLinkedAccountReconnected } from '../core/linked/report-reconnected';
import { accountName } from '../core/messages/linked-account-texts';
import { useExchangeSessionSettings } from '../hooks/exchange-session-context';
import { useLatest } from '../hooks/use-latest';
import { useLinkedAccounts } from '../hooks/use-linked-accounts';
import { useLinkedPresentation } from '../hooks/use-linked-presentation';
import { useRemoveLinkedFundingSource } from '../hooks/use-remove-linked-funding-source';
import { useResolvedQueryClient } from '../hooks/use-resolved-query-client';
import type { LinkedAccountActions, LinkedAccountsProps } from './linked-accounts-props';
import { useLinkedFocus } from './linked-focus';

/** What opens under a row: the reconnecting launcher, or the confirmation of a removal. */
export type LinkedPanel = { exchangeId: string; kind: 'reconnect' } | { exchangeId: string; kind: 'confirm'; fundingSourceId: string };

/**
 * The linked accounts' view without its markup: the list, the removal, the one panel open at a
 * time, what was last announced, and where the focus goes (within `root`) after each change.
 */
export function useLinkedAccountsView({ onReconnected, onRemoved, onError, locale, messages, appearance }: LinkedAccountsProps, root: RefObject<HTMLElement | null>) {
  const presentation = useLinkedPresentation({ locale, messages, appearance });
  const query = useLinkedAccounts();
  const removal = useRemoveLinkedFundingSource();
  const { queryClient, backend } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  const [panel, setPanel] = useState<LinkedPanel>();
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useLinkedFocus(root);
  const callbacks = useLatest({ onReconnected, onRemoved, onError });
  const texts = presentation.messages;

  useEffect(() => {
    if (query.error) callApp(callbacks.current.onError, query.error);
  }, [query.error, callbacks]);

  /** Closes the panel and gives the focus back to the button that opened it. */
  const close = () => {
    if (!panel || removal.isPending) return;
    setPanel(undefined);
    const opener = panel.kind === 'confirm' ? { part: 'linked-account-remove', fundingSourceId: panel.fundingSourceId } : { part: 'linked-account-reconnect' };
    focusAfter({ exchangeId: panel.exchangeId, ...opener });
  };

  /**
   * Opens a panel, or closes it when it is open already (its button is a disclosure), unless a
   * removal is on its way: its confirmation stays until it is done.
   */
  const toggle = (next: LinkedPanel) => {
    if (removal.isPending) return;
    if (panel && isSamePanel(panel, next)) {
      close();
      return;
    }
    removal.reset();
    setPanel(next);
    focusAfter(next.kind === 'confirm' ? { exchangeId: next.exchangeId, part: 'linked-account-confirm-cancel' } : { exchangeId: next.exchangeId, part: 'linked-account-launcher' });
  };

  const reconnected = (account: LinkedAccount) => {
    client.setQueryData(linkedAccountsQueryKey, (accounts) => accounts && withAccountReconnected(accounts, account.exchangeId));
    // The backend's records learn it from here (Dwolla sends no webhook when a connection is mended),
    // before the list is read again; a failure is reported, and the list read again says what is true.
    void reportLinkedAccountReconnected(account.exchangeId, backend)
      .catch((error: unknown) => {
        if (isExchangeSessionError(error)) callApp(callbacks.current.onError, error);
      })
      .then(() => client.invalidateQueries({ queryKey: linkedAccountsQueryKey }));
    setPanel(undefined);
    setAnnouncement(texts.linkedReconnected(accountName(account, texts)));
    focusAfter({ exchangeId: account.exchangeId });
    callApp(callbacks.current.onReconnected, account);
  };

  const remove = (account: LinkedAccount, fundingSource: LinkedFundingSource) => {
    if (removal.isPending) return;
    removal.mutate(fundingSource.id, {
      onSuccess: () => {
        setPanel(undefined);
        setAnnouncement(texts.linkedRemoved(fundingSource.name));
        // The row, if the account keeps another funding source; else the list.
        focusAfter({ exchangeId: account.exchangeId });
        callApp(callbacks.current.onRemoved, { account, fundingSource });
      },
      onError: (error: ExchangeSessionError) => callApp(callbacks.current.onError, error),
    });
  };

  const actionsFor = (account: LinkedAccount): LinkedAccountActions => ({
    reconnect: canReconnect(account) ? () => toggle({ exchangeId: account.exchangeId, kind: 'reconnect' }) : undefined,
    remove: (fundingSourceId) => toggle({ exchangeId: account.exchangeId, kind: 'confirm', fundingSourceId }),
  });

  const reportError = (error: ExchangeSessionError) => callApp(callbacks.current.onError, error);
  return { presentation, query, removal, panel, announcement, actionsFor, close, reconnected, remove, reportError };
}

/** What {@link useLinkedAccountsView} returns, for the view's parts. */
export type LinkedAccountsView = ReturnType<typeof useLinkedAccountsView>;

function isSamePanel(one: LinkedPanel, other: LinkedPanel): boolean {
  if (one.kind === 'confirm' && other.kind === 'confirm') return one.exchangeId === other.exchangeId && one.fundingSourceId === other.fundingSourceId;
  return one.kind === other.kind && one.exchangeId === other.exchangeId;
}
