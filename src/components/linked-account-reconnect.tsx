import type { ExchangeSessionError } from '../core/errors';
import type { LinkedAccount } from '../core/linked/linked-account';
import type { ExchangeMessages } from '../core/messages/exchange-messages';
import type { ExchangePresentation } from '../core/presentation/presentation';
import { escapeCloses } from './escape-closes';
import { ExchangeSessionLauncher } from './ExchangeSessionLauncher';

interface LinkedAccountReconnectProps {
  account: LinkedAccount;
  /** The account's name, which names the region. */
  name: string;
  messages: ExchangeMessages;
  /** The view's own presentation props, which the launcher takes over its provider's as the view does. */
  presentation: ExchangePresentation;
  onReconnected: () => void;
  onError: (error: ExchangeSessionError) => void;
  onCancel: () => void;
}

/**
 * The reconnection, in place under its row: the public launcher re-authenticating the account's
 * exchange (its shell is all the view ships up front; its code loads when the panel opens), and a
 * Cancel button. The region takes the focus when it opens; Escape, or Cancel, closes it.
 */
export function LinkedAccountReconnect({ account, name, messages, presentation, onReconnected, onError, onCancel }: LinkedAccountReconnectProps) {
  const partner = account.partner === 'other' ? undefined : account.partner;
  return (
    <div className="dwx-linked-account-panel" data-part="linked-account-launcher" role="group" aria-label={messages.linkedReconnectLabel(name)} tabIndex={-1} onKeyDown={escapeCloses(onCancel)}>
      <ExchangeSessionLauncher
        source={{ reauthenticate: account.exchangeId, ...(partner && { partner }) }}
        complete
        onComplete={onReconnected}
        onError={onError}
        {...presentation}
      />
      <button type="button" className="dwx-button dwx-button-secondary" data-part="linked-account-reconnect-cancel" onClick={onCancel}>
        {messages.linkedCancel}
      </button>
    </div>
  );
}
