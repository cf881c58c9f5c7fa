'use client';
import { useRef } from 'react';
import { canRetryCode } from '../core/backend/retry-policy';
import { isListed } from '../core/linked/linked-accounts-list';
import { linkedErrorHint } from '../core/messages/linked-account-texts';
import { ErrorCard } from '../ui/error-card';
import { LoadingStatus } from '../ui/loading-status';
import { LinkedAccountRow } from './linked-account-row';
import type { LinkedAccountsProps } from './linked-accounts-props';
import { rootAttributes } from './root-attributes';
import { useLinkedAccountsView } from './use-linked-accounts-view';

export type { LinkedAccountActions, LinkedAccountRemoval, LinkedAccountsProps } from './linked-accounts-props';

/**
 * The signed-in customer's linked accounts, fetched through your backend (`GET {basePath}/linked`):
 * a labelled list with each account's state in words, "Reconnect" where the bank asks the user to
 * sign in again (a launcher re-authenticating the account opens in place, and the list is fetched
 * again once it is done), and "Remove" for each funding source, behind a confirmation. Loading,
 * empty and error states; its texts, locale and appearance are the provider's unless given.
 *
 * @example
 * ```tsx
 * <LinkedAccounts onRemoved={({ fundingSource }) => toast(`${fundingSource.name} removed`)} />
 * ```
 */
export function LinkedAccounts(props: LinkedAccountsProps) {
  const { renderAccount, className = '', style, locale, messages: own, appearance } = props;
  const root = useRef<HTMLDivElement>(null);
  const view = useLinkedAccountsView(props, root);
  const { presentation, query } = view;
  const { messages, loadingTexts } = presentation;
  const accounts = query.data?.filter(isListed);
  const status = loadingTexts || (!accounts && !query.error) ? 'loading' : !accounts ? 'error' : accounts.length === 0 ? 'empty' : 'ready';
  const error = !loadingTexts && query.error;

  return (
    <div
      ref={root}
      {...rootAttributes(presentation, `dwx-linked-accounts ${className}`, style)}
      data-part="linked-accounts"
      data-status={status}
      aria-busy={status === 'loading'}
      tabIndex={-1}
    >
      <p className="dwx-linked-accounts-status" data-part="linked-accounts-status" role="status">
        {view.announcement}
      </p>
      {error && (
        <ErrorCard
          code={error.code}
          title={messages.linkedAccountsFailed}
          hint={linkedErrorHint(messages, error.code, false)}
          {...(canRetryCode(error.code) && { retry: { label: messages.retry, onClick: () => void query.refetch() } })}
        />
      )}
      {status === 'loading' && <LoadingStatus text={loadingTexts ? undefined : messages.linkedAccountsLoading} />}
      {status === 'empty' && (
        <p className="dwx-status" data-part="linked-accounts-empty">
          {messages.linkedAccountsEmpty}
        </p>
      )}
      {accounts && accounts.length > 0 && !loadingTexts && (
        <ul className="dwx-linked-accounts-list" data-part="linked-accounts-list" aria-label={messages.linkedAccountsLabel} tabIndex={-1}>
          {accounts.map((account) => (
            <LinkedAccountRow key={account.exchangeId} account={account} view={view} renderAccount={renderAccount} presentation={{ locale, messages: own, appearance }} />
          ))}
        </ul>
      )}
    </div>
  );
}
