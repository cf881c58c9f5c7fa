import { useId } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { LinkedFundingSource } from '../core/linked/linked-account';
import type { ExchangeMessages } from '../core/messages/exchange-messages';
import { linkedErrorHint } from '../core/messages/linked-account-texts';
import { ErrorCard } from '../ui/error-card';
import { escapeCloses } from './escape-closes';
import { LoadingStatus } from '../ui/loading-status';

interface LinkedAccountConfirmProps {
  fundingSource: LinkedFundingSource;
  messages: ExchangeMessages;
  /** The removal is on its way: the buttons say they do nothing meanwhile (the view ignores them), and keep the focus. */
  busy: boolean;
  /** The last removal of this funding source failed. */
  error: ExchangeSessionError | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The removal's confirmation, inline under its row: a group named by its question, what removing
 * means, Cancel (focused when it opens: the safe choice) and the button that removes. Escape
 * cancels. While the removal is on its way the buttons are `aria-disabled`, not `disabled`, so
 * that the focus is not lost; a failure is shown here, and the same button tries again.
 */
export function LinkedAccountConfirm({ fundingSource, messages, busy, error, onConfirm, onCancel }: LinkedAccountConfirmProps) {
  const id = useId();
  return (
    <div className="dwx-linked-account-confirm" data-part="linked-account-confirm" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} onKeyDown={escapeCloses(onCancel)}>
      <p className="dwx-linked-account-confirm-title" id={`${id}-title`}>
        {messages.linkedConfirmTitle(fundingSource.name)}
      </p>
      <p className="dwx-linked-account-hint" id={`${id}-hint`}>
        {messages.linkedConfirmHint}
      </p>
      {error && !busy && <ErrorCard code={error.code} title={messages.linkedRemoveFailed(fundingSource.name)} hint={linkedErrorHint(messages, error.code, true)} />}
      <div className="dwx-linked-account-actions">
        <button type="button" className="dwx-button dwx-button-secondary" data-part="linked-account-confirm-cancel" aria-disabled={busy} onClick={onCancel}>
          {messages.linkedCancel}
        </button>
        <button type="button" className="dwx-button dwx-button-danger" data-part="linked-account-confirm-remove" aria-disabled={busy} onClick={onConfirm}>
          {messages.linkedConfirmRemove}
        </button>
      </div>
      {busy && <LoadingStatus text={messages.linkedRemoving} />}
    </div>
  );
}
