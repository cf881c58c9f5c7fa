'use client';
import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { AvailableExchangeConnection } from '../core/exchange-token';
import { canRetryCode } from '../core/retry-policy';
import { useAvailableExchangeConnections } from '../hooks/use-available-exchange-connections';
import { DefaultError } from './default-error';
import { DefaultLoading } from './default-loading';

/** Props of {@link ExchangeConnectionPicker}. */
export interface ExchangeConnectionPickerProps {
  /** The MX exchange session the user just finished. */
  sessionId: string;
  /** The user chose an account and confirmed. */
  onSelect: (connection: AvailableExchangeConnection) => void;
  /** The group's label. Default "Choose the account to link". */
  legend?: ReactNode;
  /** The confirm button's label. Default "Link account". */
  submitLabel?: ReactNode;
  /** The choice is being submitted: the form is disabled and marked busy. */
  busy?: boolean;
  className?: string;
}

/**
 * The accounts the user connected through MX, as a labelled radio group (arrow keys move the
 * choice, Tab reaches the confirm button), fetched through the app's backend.
 *
 * @example
 * ```tsx
 * <ExchangeConnectionPicker sessionId={id} onSelect={(connection) => complete(connection.availableConnectionToken)} />
 * ```
 */
export function ExchangeConnectionPicker({
  sessionId,
  onSelect,
  legend = 'Choose the account to link',
  submitLabel = 'Link account',
  busy = false,
  className,
}: ExchangeConnectionPickerProps) {
  const name = useId();
  const { data: connections, error, refetch, isFetching } = useAvailableExchangeConnections(sessionId);
  const [chosen, setChosen] = useState<string>();
  const choice = connections?.find((connection) => connection.availableConnectionToken === chosen);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (choice && !busy) onSelect(choice);
  };

  if (error) return <DefaultError error={error} retry={canRetryCode(error.code) ? () => void refetch() : undefined} />;
  if (!connections) return <DefaultLoading>Loading your accounts…</DefaultLoading>;
  if (connections.length === 0) {
    return (
      <div role="status" className={className}>
        <p>No connected accounts were found yet.</p>
        <button type="button" onClick={() => void refetch()} disabled={isFetching}>
          Check again
        </button>
      </div>
    );
  }
  return (
    <form className={className} onSubmit={submit} aria-busy={busy}>
      <fieldset disabled={busy}>
        <legend>{legend}</legend>
        {connections.map((connection) => (
          <div key={connection.availableConnectionToken}>
            <label>
              <input
                type="radio"
                name={name}
                value={connection.availableConnectionToken}
                checked={chosen === connection.availableConnectionToken}
                onChange={() => setChosen(connection.availableConnectionToken)}
              />
              {connection.name}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={!choice || busy}>
        {submitLabel}
      </button>
      {busy && <DefaultLoading>Linking your account…</DefaultLoading>}
    </form>
  );
}
