'use client';
import { useId, useState, type CSSProperties, type SyntheticEvent } from 'react';
import type { AvailableExchangeConnection } from '../core/exchange/exchange-token';
import type { ExchangePresentation } from '../core/presentation/presentation';
import { canRetryCode } from '../core/backend/retry-policy';
import { useAvailableExchangeConnections } from '../hooks/use-available-exchange-connections';
import { usePresentation } from '../hooks/use-presentation';
import { DefaultError } from './default-error';
import { LoadingStatus } from '../ui/loading-status';
import { rootAttributes } from './root-attributes';

/** Props of {@link ExchangeConnectionPicker}. */
export interface ExchangeConnectionPickerProps extends ExchangePresentation {
  /** The MX exchange session the user just finished. */
  sessionId: string;
  /** The user chose an account and confirmed. */
  onSelect: (connection: AvailableExchangeConnection) => void;
  /** The choice is being submitted: the form is disabled and marked busy. */
  busy?: boolean;
  /** A class for the picker's root, beside `dwx dwx-picker`. */
  className?: string;
  /** Inline style for the picker's root, over the appearance's variables. */
  style?: CSSProperties;
}

/**
 * The accounts the user connected through MX, as a labelled radio group (arrow keys move the
 * choice, Tab reaches the confirm button), fetched through the app's backend. Its texts, locale
 * and appearance are the provider's unless given.
 *
 * @example
 * ```tsx
 * <ExchangeConnectionPicker sessionId={id} onSelect={(connection) => complete(connection.availableConnectionToken)} />
 * ```
 */
export function ExchangeConnectionPicker({ sessionId, onSelect, busy = false, className = '', style, ...own }: ExchangeConnectionPickerProps) {
  const name = useId();
  const presentation = usePresentation(own);
  const { messages } = presentation;
  const { data: connections, error, refetch, isFetching } = useAvailableExchangeConnections(sessionId);
  const [chosen, setChosen] = useState<string>();
  const choice = connections?.find((connection) => connection.availableConnectionToken === chosen);
  const root = rootAttributes(presentation, `dwx-picker ${className}`, style);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (choice && !busy) onSelect(choice);
  };

  if (error || !connections || presentation.loadingTexts) {
    return (
      <div {...root} data-part="picker" data-status={error ? 'error' : 'loading'}>
        {error ? (
          <DefaultError error={error} messages={messages} retry={canRetryCode(error.code) ? () => void refetch() : undefined} />
        ) : (
          <LoadingStatus text={presentation.loadingTexts ? undefined : messages.pickerLoading} />
        )}
      </div>
    );
  }
  if (connections.length === 0) {
    return (
      <div {...root} data-part="picker" data-status="empty">
        <p className="dwx-status" data-part="status" role="status">
          {messages.pickerEmpty}
        </p>
        <button type="button" className="dwx-button dwx-button-secondary" data-part="picker-refresh" onClick={() => void refetch()} disabled={isFetching}>
          {messages.pickerCheckAgain}
        </button>
      </div>
    );
  }
  return (
    <form {...root} data-part="picker" data-status={busy ? 'busy' : 'choosing'} onSubmit={submit} aria-busy={busy}>
      <fieldset className="dwx-picker-fieldset" data-part="picker-fieldset" disabled={busy} aria-describedby={`${name}-hint`}>
        <legend className="dwx-picker-legend" data-part="picker-legend">
          {messages.pickerLegend}
        </legend>
        <p className="dwx-picker-hint" data-part="picker-hint" id={`${name}-hint`}>
          {messages.pickerHint(connections.length)}
        </p>
        {connections.map((connection) => (
          <label key={connection.availableConnectionToken} className="dwx-picker-option" data-part="picker-option">
            <input
              type="radio"
              name={name}
              value={connection.availableConnectionToken}
              checked={chosen === connection.availableConnectionToken}
              onChange={() => setChosen(connection.availableConnectionToken)}
            />
            <span>{connection.name}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="dwx-button" data-part="picker-submit" disabled={!choice || busy}>
        {messages.pickerSubmit}
      </button>
      {busy && <LoadingStatus text={messages.linking} />}
    </form>
  );
}
