import type { LinkedAccount } from '../core/linked/linked-account';
import { usableFundingSources } from '../core/linked/linked-accounts-list';
import { accountName } from '../core/messages/linked-account-texts';
import { LinkedAccountConfirm } from './linked-account-confirm';
import { LinkedAccountReconnect } from './linked-account-reconnect';
import { LinkedAccountSummary } from './linked-account-summary';
import type { LinkedAccountsProps } from './linked-accounts-props';
import type { LinkedAccountsView } from './use-linked-accounts-view';

interface LinkedAccountRowProps {
  account: LinkedAccount;
  view: LinkedAccountsView;
  renderAccount: LinkedAccountsProps['renderAccount'];
  /** The view's own presentation props, for the launcher it opens. */
  presentation: Pick<LinkedAccountsProps, 'locale' | 'messages' | 'appearance'>;
}

/**
 * One account: its content (the default summary, or the app's own row) and, under it, the panel
 * open for it. The row takes the focus, by script only, when what it held is gone.
 */
export function LinkedAccountRow({ account, view, renderAccount, presentation }: LinkedAccountRowProps) {
  const { messages, locale } = view.presentation;
  const actions = view.actionsFor(account);
  const panel = view.panel?.exchangeId === account.exchangeId ? view.panel : undefined;
  const confirming = panel?.kind === 'confirm' ? usableFundingSources(account).find((source) => source.id === panel.fundingSourceId) : undefined;
  const removal = view.removal;
  return (
    <li className="dwx-linked-account" data-part="linked-account" data-state={account.state} data-partner={account.partner} data-exchange-id={account.exchangeId} tabIndex={-1}>
      {renderAccount ? renderAccount(account, actions) : <LinkedAccountSummary account={account} actions={actions} panel={panel} messages={messages} locale={locale} />}
      {confirming && (
        <LinkedAccountConfirm
          fundingSource={confirming}
          messages={messages}
          busy={removal.isPending}
          error={removal.variables === confirming.id ? removal.error : null}
          onConfirm={() => view.remove(account, confirming)}
          onCancel={view.close}
        />
      )}
      {/* Kept while open, whatever a refresh of the list says meanwhile: the user is signing in. */}
      {panel?.kind === 'reconnect' && (
        <LinkedAccountReconnect
          account={account}
          name={accountName(account, messages)}
          messages={messages}
          presentation={presentation}
          onReconnected={() => view.reconnected(account)}
          onError={view.reportError}
          onCancel={view.close}
        />
      )}
    </li>
  );
}
