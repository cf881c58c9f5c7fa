import type { ExchangeSessionError } from '../core/errors';
import type { ExchangeMessages } from '../core/messages/exchange-messages';
import { errorText } from '../core/messages/messages-for';

interface DefaultErrorProps {
  error: ExchangeSessionError;
  messages: ExchangeMessages;
  /** Given where trying again can help. */
  retry: (() => void) | undefined;
}

/**
 * The default error state: an alert saying what happened and what to do, and "Try again" where
 * that can help. The code is an attribute for support tools, never text the user reads.
 */
export function DefaultError({ error, messages, retry }: DefaultErrorProps) {
  const { title, hint } = errorText(messages, error.code);
  return (
    <div className="dwx-error" data-part="error" data-error-code={error.code} role="alert">
      <p className="dwx-error-title" data-part="error-title">
        {title}
      </p>
      <p className="dwx-error-hint" data-part="error-hint">
        {hint}
      </p>
      {retry && (
        <button type="button" className="dwx-button" data-part="retry-button" onClick={retry}>
          {messages.retry}
        </button>
      )}
    </div>
  );
}
