import type { ExchangeSessionError } from '../core/errors';
import type { LauncherMessages } from '../core/messages/exchange-messages';
import { errorText } from '../core/messages/messages-for';
import { ErrorCard } from '../ui/error-card';

interface DefaultErrorProps {
  error: ExchangeSessionError;
  messages: LauncherMessages;
  /** Given where trying again can help. */
  retry: (() => void) | undefined;
}

/** The default error state: what happened and what to do, by the error's family, and "Try again" where that can help. */
export function DefaultError({ error, messages, retry }: DefaultErrorProps) {
  const { title, hint } = errorText(messages, error.code);
  return <ErrorCard code={error.code} title={title} hint={hint} {...(retry && { retry: { label: messages.retry, onClick: retry } })} />;
}
