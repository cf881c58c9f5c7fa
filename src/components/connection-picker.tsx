'use client';
import { useId, useRef, useState, type CSSProperties, type SyntheticEvent } from 'react';
import { canRetryCode } from '../core/backend/retry-policy';
import type { AvailableExchangeConnection, BankAccountType } from '../core/exchange/exchange-token';
import type { ExchangePresentation } from '../core/presentation/presentation';
import { useQuery } from '@tanstack/react-query';
import { availableExchangeConnectionsQueryOptions } from '../core/exchange/connections-query-options';
import { useExchangeSessionSettings } from '../hooks/exchange-session-context';
import { useResolvedQueryClient } from '../hooks/use-resolved-query-client';
import { usePresentation } from '../hooks/use-presentation';
import { DefaultError } from './default-error';
import { LoadingStatus } from '../ui/loading-status';
import { rootAttributes } from './root-attributes';

/** Props of `ExchangeConnectionPicker`. */
export interface ExchangeConnectionPickerProps extends ExchangePresentation {
  /** The MX exchange session the user just finished. */
  sessionId: string;
  /** The user chose an account and confirmed; `bankAccountType`, their answer when {@link needsAccountType} asked for one. */
  onSelect: (connection: AvailableExchangeConnection, bankAccountType?: BankAccountType) => void;
  /**
   * Whether to ask if the chosen account is checking or savings (Dwolla's connections carry only
   * a name): the launcher asks when it makes the funding source from the choice and the name does
   * not say. Never asked by default.
   */
  needsAccountType?: (connection: AvailableExchangeConnection) => boolean;
  /** The choice is being submitted: the form is disabled and marked busy. */
  busy?: boolean;
  /** A class for the picker's root, beside `dwx dwx-picker`. */
  className?: string;
  /** Inline style for the picker's root, over the appearance's variables. */
  style?: CSSProperties;
}

const accountTypes = [
  ['checking', 'accountTypeChecking'],
  ['savings', 'accountTypeSavings'],
] as const;

/**
 * The account picker (the public `ExchangeConnectionPicker`, and the launcher's step): the
 * accounts the user connected through MX as a labelled radio group, fetched through the app's
 * backend; with `needsAccountType`, a second group asks checking or savings.
 */
export function ConnectionPicker({ sessionId, onSelect, needsAccountType, busy = false, className = '', style, ...own }: ExchangeConnectionPickerProps) {
  const name = useId();
  const presentation = usePresentation(own);
  const { messages } = presentation;
  const { backend, queryClient } = useExchangeSessionSettings();
  // The query of `useAvailableExchangeConnections`, whose module this step's chunk does not share with the main entry.
  const { data: connections, error, refetch, isFetching } = useQuery(availableExchangeConnectionsQueryOptions(sessionId.trim(), backend), useResolvedQueryClient(queryClient));
  const [chosen, setChosen] = useState<string>();
  // The confirm button was pressed before an account was chosen.
  const [unchosen, setUnchosen] = useState(false);
  const accountGroup = useRef<HTMLFieldSetElement>(null);
  // The answer belongs to the account it was given for.
  const [answer, setAnswer] = useState<{ token: string; type: BankAccountType | undefined; missing: boolean }>();
  const typeGroup = useRef<HTMLDivElement>(null);
  const choice = connections?.find((connection) => connection.availableConnectionToken === chosen);
  const asksType = choice !== undefined && needsAccountType?.(choice) === true;
  const given = answer?.token === chosen ? answer : undefined;
  const root = rootAttributes(presentation, `dwx-picker ${className}`, style);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!choice) {
      setUnchosen(true);
      accountGroup.current?.querySelector('input')?.focus();
      return;
    }
    if (!asksType) onSelect(choice);
    else if (given?.type) onSelect(choice, given.type);
    else {
      setAnswer({ token: choice.availableConnectionToken, type: undefined, missing: true });
      typeGroup.current?.querySelector('input')?.focus();
    }
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
      <fieldset
        ref={accountGroup}
        className="dwx-picker-fieldset"
        data-part="picker-fieldset"
        disabled={busy}
        aria-describedby={unchosen && !choice ? `${name}-hint ${name}-error` : `${name}-hint`}
      >
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
        {unchosen && !choice && (
          <p className="dwx-field-error" data-part="picker-error" id={`${name}-error`}>
            {messages.pickerRequired}
          </p>
        )}
      </fieldset>
      {asksType && (
        <div
          ref={typeGroup}
          className="dwx-picker-type"
          data-part="picker-account-type"
          role="radiogroup"
          aria-labelledby={`${name}-type`}
          aria-describedby={given?.missing ? `${name}-type-error` : undefined}
        >
          <p className="dwx-picker-type-legend" data-part="picker-account-type-legend" id={`${name}-type`}>
            {messages.accountTypeLegend}
          </p>
          {accountTypes.map(([type, label]) => (
            <label key={type} className="dwx-picker-option" data-part="picker-option">
              <input
                type="radio"
                name={`${name}-type`}
                value={type}
                disabled={busy}
                checked={given?.type === type}
                onChange={() => setAnswer({ token: choice.availableConnectionToken, type, missing: false })}
              />
              <span>{messages[label]}</span>
            </label>
          ))}
          {given?.missing && (
            <p className="dwx-field-error" data-part="picker-account-type-error" id={`${name}-type-error`}>
              {messages.accountTypeRequired}
            </p>
          )}
        </div>
      )}
      <button type="submit" className="dwx-button" data-part="picker-submit" disabled={busy}>
        {messages.pickerSubmit}
      </button>
      {busy && <LoadingStatus text={messages.linking} />}
    </form>
  );
}
