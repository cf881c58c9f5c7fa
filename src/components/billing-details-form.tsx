'use client';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { CardDetails } from '../core/exchange/exchange-token';
import type { LauncherMessages } from '../core/messages/exchange-messages';
import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';
import { ErrorCard } from '../ui/error-card';
import { usRegions } from './us-regions';

interface BillingDetailsFormProps {
  messages: LauncherMessages;
  onSubmit: (details: CardDetails) => void;
  /** The details are being posted: the form is disabled and marked busy. */
  busy: boolean;
  /** Dwolla refused the details last posted: the fields it named are marked, the first focused. */
  refusal: ExchangeSessionError | null;
}

type Field = 'firstName' | 'lastName' | 'address1' | 'address2' | 'city' | 'stateProvinceRegion' | 'postalCode';
type Label = 'billingFirstName' | 'billingLastName' | 'billingAddress1' | 'billingAddress2' | 'billingCity' | 'billingRegion' | 'billingPostalCode';
type Problems = Partial<Record<Field, string>>;

// Each field's label, browser autofill token, and whether it may stay empty; the state is chosen from a list.
const fields: readonly { name: Field; label: Label; autoComplete: string; optional?: true; list?: true }[] = [
  { name: 'firstName', label: 'billingFirstName', autoComplete: 'cc-given-name' },
  { name: 'lastName', label: 'billingLastName', autoComplete: 'cc-family-name' },
  { name: 'address1', label: 'billingAddress1', autoComplete: 'billing address-line1' },
  { name: 'address2', label: 'billingAddress2', autoComplete: 'billing address-line2', optional: true },
  { name: 'city', label: 'billingCity', autoComplete: 'billing address-level2' },
  { name: 'stateProvinceRegion', label: 'billingRegion', autoComplete: 'billing address-level1', list: true },
  { name: 'postalCode', label: 'billingPostalCode', autoComplete: 'billing postal-code' },
];

// A ZIP code: five digits, or ZIP+4 (nine, with or without its hyphen).
const zipCode = /^(\d{5})(?:-?(\d{4}))?$/;

/** What is wrong with each field, in the user's language; empty when the form can be sent. */
function problems(values: Record<Field, string>, messages: LauncherMessages): Problems {
  const found: Problems = {};
  for (const { name, label, optional } of fields) {
    if (!optional && !values[name]) found[name] = messages.billingRequired(messages[label]);
  }
  if (values.postalCode && !zipCode.test(values.postalCode)) found.postalCode = messages.billingInvalidPostalCode;
  return found;
}

/** A valid ZIP code as Dwolla takes it: `50309`, or `50309-1234`. */
function zipOf(postalCode: string): string {
  const [, five = '', four] = zipCode.exec(postalCode) ?? [];
  return four ? `${five}-${four}` : five;
}

/** The fields a refusal names (`/fundingSource/cardDetails/billingAddress/postalCode`, or Dwolla's own `/cardDetails/…`). */
function refusedFields(refusal: ExchangeSessionError | null, messages: LauncherMessages): Problems {
  const found: Problems = {};
  for (const { path } of refusal?.dwolla?.errors ?? []) {
    const field = fields.find(({ name }) => path?.endsWith(`/${name}`));
    if (field) found[field.name] = messages.billingRefused;
  }
  return found;
}

/**
 * The billing-details step of a card (Push to Card takes US debit cards): the cardholder's name
 * and address, which Dwolla's card funding source needs and Checkout.com Flow does not ask for.
 * Checked on submit, each problem shown under its field and the first one focused; stays mounted
 * while the details are posted, so that a refusal brings the user back to what they typed.
 */
export default function BillingDetailsForm({ messages, onSubmit, busy, refusal }: BillingDetailsFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  // The last check on submit, for the refusal it answered: a new refusal shows its own fields.
  const [checked, setChecked] = useState<{ refusal: ExchangeSessionError | null; problems: Problems }>();
  const errors = checked && checked.refusal === refusal ? checked.problems : refusedFields(refusal, messages);

  const focusFirst = (found: Problems) => {
    const first = fields.find(({ name }) => found[name]);
    const control = first && form.current?.elements.namedItem(first.name);
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.focus();
    return first !== undefined;
  };
  useIsomorphicLayoutEffect(() => {
    if (refusal) focusFirst(refusedFields(refusal, messages));
  }, [refusal, messages]);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const text = (name: Field) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const values = Object.fromEntries(fields.map(({ name }) => [name, text(name)])) as Record<Field, string>;
    const found = problems(values, messages);
    setChecked({ refusal, problems: found });
    if (focusFirst(found)) return;
    const { firstName, lastName, address2, postalCode, ...address } = values;
    onSubmit({ firstName, lastName, billingAddress: { ...address, postalCode: zipOf(postalCode), country: 'US', ...(address2 && { address2 }) } });
  };

  return (
    <form ref={form} className="dwx-billing" data-part="billing" onSubmit={submit} noValidate aria-busy={busy}>
      {refusal && <ErrorCard code={refusal.code} title={messages.refusedCard} hint={messages.refusedCardHint} />}
      <fieldset className="dwx-billing-fieldset" data-part="billing-fieldset" aria-describedby={`${id}-hint`} disabled={busy}>
        <legend className="dwx-billing-legend" data-part="billing-legend">
          {messages.billingLegend}
        </legend>
        <p className="dwx-billing-hint" data-part="billing-hint" id={`${id}-hint`}>
          {messages.billingHint}
        </p>
        {fields.map(({ name, label, autoComplete, optional, list }) => {
          const error = errors[name];
          const control = {
            id: `${id}-${name}`,
            name,
            autoComplete,
            required: !optional,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${id}-${name}-error` : undefined,
          };
          return (
            <div key={name} className="dwx-field" data-part="billing-field" data-field={name}>
              <label htmlFor={control.id}>{messages[label]}</label>
              {list ? (
                <select {...control} defaultValue="">
                  <option value="">{messages.billingRegionChoose}</option>
                  {usRegions.map(([code, regionName]) => (
                    <option key={code} value={code}>
                      {regionName}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...control} {...(name === 'postalCode' && { inputMode: 'numeric' as const })} />
              )}
              {error && (
                <p className="dwx-field-error" data-part="billing-error" id={`${id}-${name}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="dwx-button" data-part="billing-submit" disabled={busy}>
        {messages.billingSubmit}
      </button>
    </form>
  );
}
