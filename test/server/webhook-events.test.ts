// What the webhook route hands onEvent: the event typed by its topic — the exchange and customer
// funding source topics under their own names, any other as 'other' with Dwolla's name — with its
// id, resource, customer, time and whole payload.
import { describe, expect, it } from 'vitest';
import { createDwollaWebhookHandler, type DwollaWebhookEvent } from '../../src/server';
import { dwollaEvent, webhookRequest, webhookSecret } from './webhook-harness';

describe('the events onEvent gets', () => {
  const deliver = async (payload: object) => {
    const received: DwollaWebhookEvent[] = [];
    const response = await createDwollaWebhookHandler({ secret: webhookSecret, onEvent: (event) => void received.push(event) })(webhookRequest(JSON.stringify(payload)));
    expect(response.status).toBe(200);
    return received[0];
  };

  it('reads an exchange’s event: its id, topic, resource, customer and time', async () => {
    const payload = dwollaEvent('fa4e0006-0000-4000-8000-0000000ee011', 'customer_exchange_reauth_required');
    expect(await deliver(payload)).toEqual({
      id: 'fa4e0006-0000-4000-8000-0000000ee011',
      topic: 'customer_exchange_reauth_required',
      created: '2026-03-02T10:00:00.000Z',
      resourceId: 'fa4e0004-0000-4000-8000-0000000e0001',
      resourceUrl: 'https://api-sandbox.dwolla.com/exchanges/fa4e0004-0000-4000-8000-0000000e0001',
      customerUrl: 'https://api-sandbox.dwolla.com/customers/fa4e0003-0000-4000-8000-00000000c001',
      payload,
    });
  });

  it.each(['customer_funding_source_added', 'customer_funding_source_removed', 'customer_funding_source_verified', 'customer_funding_source_unverified', 'customer_funding_source_negative', 'customer_funding_source_updated', 'customer_exchange_deactivated'])(
    'passes %s on under its own topic',
    async (topic) => {
      expect(await deliver(dwollaEvent('fa4e0006-0000-4000-8000-0000000ee012', topic))).toMatchObject({ topic });
    },
  );

  it('passes any other topic on as other, with Dwolla’s name for it and the whole payload', async () => {
    const payload = dwollaEvent('fa4e0006-0000-4000-8000-0000000ee013', 'customer_transfer_created', 'transfers/fa4e0008-0000-4000-8000-000000007001', { correlationId: 'order-17' });
    expect(await deliver(payload)).toMatchObject({ topic: 'other', dwollaTopic: 'customer_transfer_created', resourceId: 'fa4e0008-0000-4000-8000-000000007001', payload: { correlationId: 'order-17' } });
  });

  it('reads the time of an older payload from its timestamp, and takes one without a customer', async () => {
    const { id, topic, resourceId, _links } = dwollaEvent('fa4e0006-0000-4000-8000-0000000ee014', 'customer_funding_source_added');
    const event = await deliver({ id, topic, resourceId, timestamp: '2017-01-21T16:19:35.319Z', _links: { resource: _links.resource } });
    expect(event).toMatchObject({ created: '2017-01-21T16:19:35.319Z' });
    expect(event).not.toHaveProperty('customerUrl');
  });
});
