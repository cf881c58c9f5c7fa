// The fake Dwolla's webhooks: each event it creates is delivered to every subscription, signed as
// Dwolla signs (checked here with Node's crypto), carrying the event that GET /events/{id} answers
// (checked against Dwolla's document); connections that break, stop, and are mended.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { FakeWebhookSubscription } from '../../src/testing';
import { customerId, fakeDwollaPerTest } from './fake-dwolla-calls';

const created = new Date('2026-03-02T10:00:00.000Z');
const dwolla = fakeDwollaPerTest({ now: () => created });
const { get, post } = dwolla;
const secret = 'fake-webhook-secret-0001';

interface Received {
  topic: string | null;
  signature: string | null;
  contentType: string | null;
  body: string;
}

/** A subscription handing each delivery to a function that records it and answers `status`. */
function recordingSubscription(secretOf = secret, status = 200): { subscription: FakeWebhookSubscription; received: Received[] } {
  const received: Received[] = [];
  const deliver = async (request: Request) => {
    const { headers } = request;
    received.push({ topic: headers.get('x-dwolla-topic'), signature: headers.get('x-request-signature-sha-256'), contentType: headers.get('content-type'), body: await request.text() });
    return new Response(null, { status });
  };
  return { subscription: { deliver, secret: secretOf }, received };
}

const hmac = (body: string, key = secret) => createHmac('sha256', key).update(body).digest('hex');

async function addFundingSource(): Promise<{ id: string; exchangeId: string }> {
  const exchangeId = await dwolla.createExchange();
  const { headers } = await post(`/customers/${customerId}/funding-sources`, { _links: { exchange: { href: `${dwolla.fake.baseUrl}/exchanges/${exchangeId}` } }, name: 'Checking', bankAccountType: 'checking' });
  return { id: headers.get('location')?.split('/').pop() ?? '', exchangeId };
}

describe('webhooks for what happens in the fake', () => {
  it('delivers a funding source made from an exchange as added then verified, signed with the subscription’s secret', async () => {
    const { subscription, received } = recordingSubscription();
    dwolla.fake.subscribeWebhooks(subscription);
    const { id } = await addFundingSource();
    await dwolla.fake.webhooksDelivered();
    expect(received.map(({ topic }) => topic)).toEqual(['customer_funding_source_added', 'customer_funding_source_verified']);
    for (const { body, signature, contentType } of received) {
      expect(signature).toBe(hmac(body));
      expect(contentType).toBe('application/json; charset=UTF-8');
      expect(JSON.parse(body)).toMatchObject({ resourceId: id, created: created.toISOString(), _links: { resource: { href: `${dwolla.fake.baseUrl}/funding-sources/${id}` }, customer: { href: `${dwolla.fake.baseUrl}/customers/${customerId}` } } });
    }
    expect(dwolla.fake.webhookDeliveries.map(({ status }) => status)).toEqual([200, 200]);
  });

  it('carries the event GET /events/{id} answers, which conforms to Dwolla’s Event', async () => {
    const { subscription, received } = recordingSubscription();
    dwolla.fake.subscribeWebhooks(subscription);
    await addFundingSource();
    await dwolla.fake.webhooksDelivered();
    for (const { body } of received) {
      const event = JSON.parse(body) as { id: string };
      expect((await get(`/events/${event.id}`)).json).toEqual(event);
    }
    expect((await get('/events/fa4e0006-0000-4000-8000-00000000dead')).status).toBe(404);
  });

  it('delivers a removal as customer_funding_source_removed, and an Idempotency-Key replay not twice', async () => {
    const { id } = await addFundingSource();
    const { subscription, received } = recordingSubscription();
    dwolla.fake.subscribeWebhooks(subscription);
    const remove = () => post(`/funding-sources/${id}`, { removed: true }, { headers: { 'Idempotency-Key': 'fake-remove-1' } });
    expect([(await remove()).status, (await remove()).status]).toEqual([200, 200]);
    await dwolla.fake.webhooksDelivered();
    expect(received.map(({ topic }) => topic)).toEqual(['customer_funding_source_removed']);
  });

  it('POSTs to a subscription’s URL', async () => {
    const bodies: string[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        bodies.push(`${request.method ?? ''} ${String(request.headers['x-request-signature-sha-256'] === hmac(Buffer.concat(chunks).toString()))}`);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      dwolla.fake.subscribeWebhooks({ url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/hooks`, secret });
      await addFundingSource();
      await dwolla.fake.webhooksDelivered();
      expect(bodies).toEqual(['POST true', 'POST true']);
    } finally {
      server.close();
    }
  });

  it('signs for each subscription with its own secret: two during a rotation', async () => {
    const [old, next] = [recordingSubscription(secret), recordingSubscription('fake-webhook-secret-0002')];
    dwolla.fake.subscribeWebhooks(old.subscription);
    dwolla.fake.subscribeWebhooks(next.subscription);
    await addFundingSource();
    await dwolla.fake.webhooksDelivered();
    expect(old.received.map(({ body, signature }) => signature === hmac(body, secret))).toEqual([true, true]);
    expect(next.received.map(({ body, signature }) => signature === hmac(body, 'fake-webhook-secret-0002'))).toEqual([true, true]);
  });

  it('delivers again what got no 2xx, as Dwolla retries, and an event named, as Dwolla now and then does', async () => {
    const failing = recordingSubscription(secret, 500);
    dwolla.fake.subscribeWebhooks(failing.subscription);
    await addFundingSource();
    await dwolla.fake.redeliverWebhooks();
    expect(failing.received.map(({ topic }) => topic)).toEqual(['customer_funding_source_added', 'customer_funding_source_verified', 'customer_funding_source_added', 'customer_funding_source_verified']);
    const answered = recordingSubscription();
    dwolla.fake.subscribeWebhooks(answered.subscription);
    const exchangeId = await dwolla.createExchange();
    dwolla.fake.breakConnection(exchangeId);
    await dwolla.fake.webhooksDelivered();
    const eventId = dwolla.fake.events.at(-1)?.id;
    await dwolla.fake.redeliverWebhooks(eventId);
    expect(answered.received.map(({ body }) => (JSON.parse(body) as { id: string }).id)).toEqual([eventId, eventId]);
  });

  it('records a delivery that got no answer', async () => {
    dwolla.fake.subscribeWebhooks({ deliver: () => Promise.reject(new Error('connection refused')), secret });
    await addFundingSource();
    await dwolla.fake.webhooksDelivered();
    expect(dwolla.fake.webhookDeliveries.map(({ status }) => status)).toEqual([undefined, undefined]);
  });
});

describe('connections that break and are mended', () => {
  const statusOf = async (exchangeId: string) => {
    const { json } = await get(`/customers/${customerId}/exchanges`);
    return (json as { _embedded: { exchanges: Array<{ id: string; status: string }> } })._embedded.exchanges.find(({ id }) => id === exchangeId)?.status;
  };
  const reauthSession = async (exchangeId: string) => (await post(`/exchanges/${exchangeId}/exchange-sessions`, {})).headers.get('location')?.split('/').pop() ?? '';

  it('breakConnection sends customer_exchange_reauth_required; Dwolla’s status stays active; a completed re-authentication mends it', async () => {
    const { subscription, received } = recordingSubscription();
    dwolla.fake.subscribeWebhooks(subscription);
    const exchangeId = await dwolla.createExchange();
    dwolla.fake.breakConnection(exchangeId);
    await dwolla.fake.webhooksDelivered();
    expect(received.map(({ body }) => JSON.parse(body) as object)).toMatchObject([{ topic: 'customer_exchange_reauth_required', resourceId: exchangeId, _links: { resource: { href: `${dwolla.fake.baseUrl}/exchanges/${exchangeId}` } } }]);
    expect([await statusOf(exchangeId), dwolla.fake.exchanges.get(exchangeId)?.reauthenticationRequired]).toEqual(['active', true]);
    dwolla.fake.completeReauthentication(await reauthSession(exchangeId));
    expect(dwolla.fake.exchanges.get(exchangeId)?.reauthenticationRequired).toBe(false);
  });

  it('deactivateConnection makes it deactivated at Dwolla and sends customer_exchange_deactivated; an MX re-authentication completed makes it active', async () => {
    const { subscription, received } = recordingSubscription();
    dwolla.fake.subscribeWebhooks(subscription);
    const { headers } = await post(`/customers/${customerId}/exchanges`, { _links: { 'exchange-partner': { href: dwolla.fake.partnerHref('mx') } }, mx: { availableConnectionToken: 'fake-connection-token-checking' } });
    const exchangeId = headers.get('location')?.split('/').pop() ?? '';
    dwolla.fake.deactivateConnection(exchangeId);
    await dwolla.fake.webhooksDelivered();
    expect([await statusOf(exchangeId), received.map(({ topic }) => topic)]).toEqual(['deactivated', ['customer_exchange_deactivated']]);
    dwolla.fake.completeMxConnect(await reauthSession(exchangeId));
    expect(await statusOf(exchangeId)).toBe('active');
  });

  it('refuses what it cannot play: an exchange it does not hold, a session that re-authenticates nothing, a subscription without a secret', () => {
    const sessionId = dwolla.fake.addSession('plaid', customerId);
    expect(() => dwolla.fake.breakConnection('fa4e0004-0000-4000-8000-00000000dead')).toThrow(/no exchange/);
    expect(() => dwolla.fake.deactivateConnection('fa4e0004-0000-4000-8000-00000000dead')).toThrow(/no exchange/);
    expect(() => dwolla.fake.completeReauthentication(sessionId)).toThrow(/no re-authentication session/);
    expect(() => dwolla.fake.subscribeWebhooks({ deliver: () => new Response(), secret: '' })).toThrow(/secret/);
  });
});
