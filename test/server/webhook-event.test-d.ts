// Type tests of the webhook events (checked by `tsc` in `npm test`; nothing here runs): a switch on
// `topic` narrows each event, `'other'` carries Dwolla's own name for its topic, and a switch that
// forgets a topic does not type-check.
import { expectTypeOf } from 'vitest';
import type { DwollaExchangeTopic, DwollaFundingSourceTopic, DwollaWebhookEvent } from '../../src/server';

export function describeEvent(event: DwollaWebhookEvent): string {
  switch (event.topic) {
    case 'customer_exchange_reauth_required':
    case 'customer_exchange_deactivated':
      expectTypeOf(event.topic).toEqualTypeOf<DwollaExchangeTopic>();
      return `exchange ${event.resourceId}`;
    case 'customer_funding_source_added':
    case 'customer_funding_source_removed':
    case 'customer_funding_source_verified':
    case 'customer_funding_source_unverified':
    case 'customer_funding_source_negative':
    case 'customer_funding_source_updated':
      expectTypeOf(event.topic).toEqualTypeOf<DwollaFundingSourceTopic>();
      return `funding source ${event.resourceId}`;
    case 'other':
      expectTypeOf(event.dwollaTopic).toEqualTypeOf<string>();
      return event.dwollaTopic;
    default:
      return event satisfies never;
  }
}

export function forgetsATopic(event: DwollaWebhookEvent): string {
  switch (event.topic) {
    case 'customer_exchange_reauth_required':
    case 'customer_exchange_deactivated':
    case 'other':
      return event.topic;
    default:
      // @ts-expect-error the funding source topics are left
      return event satisfies never;
  }
}

declare const event: DwollaWebhookEvent;
// @ts-expect-error only `'other'` events have Dwolla's own name of their topic
expectTypeOf(event.dwollaTopic).toEqualTypeOf<string>();
expectTypeOf(event.customerUrl).toEqualTypeOf<string | undefined>();
