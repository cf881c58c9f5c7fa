import { useId } from 'react';
import type { LinkedAccount } from '../core/linked/linked-account';
import { usableFundingSources } from '../core/linked/linked-accounts-list';
import type { ExchangeMessages } from '../core/messages/exchange-messages';
import { accountDetails, accountName, stateTexts } from '../core/messages/linked-account-texts';
import type { LinkedAccountActions } from './linked-accounts-props';
import type { LinkedPanel } from './use-linked-accounts-view';

interface LinkedAccountSummaryProps {
  account: LinkedAccount;
  actions: LinkedAccountActions;
  /** The panel open under this row, if any: its button says so (`aria-expanded`). */
  panel: LinkedPanel | undefined;
  messages: ExchangeMessages;
  locale: string | undefined;
}

/**
 * The default content of an account's row: its name, its state as a badge in words, through whom
 * and when it was linked, what the state asks of the user, and its buttons: Reconnect where the
 * bank asks for a sign-in, Remove for each funding source still in use.
 */
export function LinkedAccountSummary({ account, actions, panel, messages, locale }: LinkedAccountSummaryProps) {
  const id = useId();
  const name = accountName(account, messages);
  const { badge, hint } = stateTexts(account.state, messages);
  const sources = usableFundingSources(account);
  return (
    <>
      <div className="dwx-linked-account-head">
        <p className="dwx-linked-account-name" data-part="linked-account-name">
          {name}
        </p>
        <span className="dwx-linked-account-state" data-part="linked-account-state" data-state={account.state}>
          {badge}
        </span>
      </div>
      <p className="dwx-linked-account-details" data-part="linked-account-details">
        {accountDetails(account, messages, locale)}
      </p>
      {hint && (
        <p className="dwx-linked-account-hint" data-part="linked-account-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {(actions.reconnect || sources.length > 0) && (
        <div className="dwx-linked-account-actions" data-part="linked-account-actions">
          {actions.reconnect && (
            <button
              type="button"
              className="dwx-button"
              data-part="linked-account-reconnect"
              aria-label={messages.linkedReconnectLabel(name)}
              aria-describedby={hint && `${id}-hint`}
              aria-expanded={panel?.kind === 'reconnect'}
              onClick={actions.reconnect}
            >
              {messages.linkedReconnect}
            </button>
          )}
          {sources.map((source) => (
            <button
              key={source.id}
              type="button"
              className="dwx-button dwx-button-secondary"
              data-part="linked-account-remove"
              data-funding-source-id={source.id}
              // One funding source: "Remove", named in full for a screen reader; several: each named on screen too.
              aria-label={sources.length === 1 ? messages.linkedRemoveLabel(source.name) : undefined}
              aria-expanded={panel?.kind === 'confirm' && panel.fundingSourceId === source.id}
              onClick={() => actions.remove(source.id)}
            >
              {sources.length === 1 ? messages.linkedRemove : messages.linkedRemoveLabel(source.name)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
