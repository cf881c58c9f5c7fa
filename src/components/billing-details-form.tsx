'use client';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { CardDetails } from '../core/exchange/exchange-token';
import type { ExchangeMessages } from '../core/messages/exchange-messages';

interface BillingDetailsFormProps {
  messages: ExchangeMessages;
  onSubmit: (details: CardDetails) => void;
}

type Field = 'firstName' | 'lastName' | 'address1' | 'address2' | 'city' | 'stateProvinceRegion' | 'postalCode';
type Label = 'billingFirstName' | 'billingLastName' | 'billingAddress1' | 'billingAddress2' | 'billingCity' | 'billingRegion' | 'billingPostalCode';

// Each field's label, browser autofill token, and whether it may stay empty.
const fields: readonly { name: Field; label: Label; autoComplete: string; optional?: true }[] = [
  { name: 'firstName', label: 'billingFirstName', autoComplete: 'cc-given-name' },
  { name: 'lastName', label: 'billingLastName', autoComplete: 'cc-family-name' },
  { name: 'address1', label: 'billingAddress1', autoComplete: 'billing address-line1' },
  { name: 'address2', label: 'billingAddress2', autoComplete: 'billing address-line2', optional: true },
  { name: 'city', label: 'billingCity', autoComplete: 'billing address-level2' },
  { name: 'stateProvinceRegion', label: 'billingRegion', autoComplete: 'billing address-level1' },
  { name: 'postalCode', label: 'billingPostalCode', autoComplete: 'billing postal-code' },
];

/** What is wrong with each field, in the user's language; empty when the form can be sent. */
function problems(values: Record<Field, string>, messages: ExchangeMessages): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  for (const { name, label, optional } of fields) {
    if (!optional && !values[name]) found[name] = messages.billingRequired(messages[label]);
  }
  if (values.stateProvinceRegion && !/^[A-Za-z]{2}$/.test(values.stateProvinceRegion)) found.stateProvinceRegion = messages.billingInvalidRegion;
  if (values.postalCode && !/^\d{5}(-\d{4})?$/.test(values.postalCode)) found.postalCode = messages.billingInvalidPostalCode;
  return found;
}

/**
 * The billing-details step of a card (Push to Card takes US debit cards): the cardholder's name
 * and address, which Dwolla's card funding source needs and Checkout.com Flow does not ask for.
 * Checked on submit, each problem shown under its field and the first one focused.
 */
export default function BillingDetailsForm({ messages, onSubmit }: BillingDetailsFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: Field) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const values = Object.fromEntries(fields.map(({ name }) => [name, text(name)])) as Record<Field, string>;
    const found = problems(values, messages);
    setErrors(found);
    const first = fields.find(({ name }) => found[name]);
    if (first) {
      const input = form.current?.elements.namedItem(first.name);
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    const { firstName, lastName, address2, ...address } = values;
    onSubmit({
      firstName,
      lastName,
      billingAddress: { ...address, stateProvinceRegion: address.stateProvinceRegion.toUpperCase(), country: 'US', ...(address2 && { address2 }) },
    });
  };

  return (
    <form ref={form} className="dwx-billing" data-part="billing" onSubmit={submit} noValidate>
      <fieldset className="dwx-billing-fieldset" data-part="billing-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="dwx-billing-legend" data-part="billing-legend">
          {messages.billingLegend}
        </legend>
        <p className="dwx-billing-hint" data-part="billing-hint" id={`${id}-hint`}>
          {messages.billingHint}
        </p>
        {fields.map(({ name, label, autoComplete, optional }) => {
          const error = errors[name];
          return (
            <div key={name} className="dwx-field" data-part="billing-field" data-field={name}>
              <label htmlFor={`${id}-${name}`}>{messages[label]}</label>
              <input
                id={`${id}-${name}`}
                name={name}
                autoComplete={autoComplete}
                required={!optional}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${name}-error` : undefined}
              />
              {error && (
                <p className="dwx-field-error" data-part="billing-error" id={`${id}-${name}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="dwx-button" data-part="billing-submit">
        {messages.billingSubmit}
      </button>
    </form>
  );
}
