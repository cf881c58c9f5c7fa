import { createHmac } from 'node:crypto';
import type { DwollaWebhookEvent } from '../../src/server';

/** Obviously fake webhook secrets: the subscription's, the one it rotates to, and a stranger's. */
export const webhookSecret = 'fake-webhook-secret-0001';
export const nextWebhookSecret = 'fake-webhook-secret-0002';
export const strangersSecret = 'fake-webhook-secret-ffff';

const api = 'https://api-sandbox.dwolla.com';
export const eventCustomerId = 'fa4e0003-0000-4000-8000-00000000c001';
export const eventExchangeId = 'fa4e0004-0000-4000-8000-0000000e0001';

/** An event as Dwolla's webhooks carry it, for `topic` about `resource` (an exchange by default). */
export function dwollaEvent(id: string, topic: string, resource = `exchanges/${eventExchangeId}`, fields: Record<string, unknown> = {}) {
  return {
    _links: {
      self: { href: `${api}/events/${id}`, type: 'application/vnd.dwolla.v1.hal+json', 'resource-type': 'event' },
      account: { href: `${api}/accounts/fa4e0005-0000-4000-8000-00000000a001`, type: 'application/vnd.dwolla.v1.hal+json', 'resource-type': 'account' },
      resource: { href: `${api}/${resource}`, type: 'application/vnd.dwolla.v1.hal+json' },
      customer: { href: `${api}/customers/${eventCustomerId}`, type: 'application/vnd.dwolla.v1.hal+json', 'resource-type': 'customer' },
    },
    created: '2026-03-02T10:00:00.000Z',
    id,
    resourceId: resource.split('/').pop(),
    topic,
    ...fields,
  };
}

/** The signature Dwolla sends: the hex HMAC-SHA256 of the raw body, computed here by Node's crypto, apart from the library. */
export const signatureOf = (body: string | Buffer, secret = webhookSecret) => createHmac('sha256', secret).update(body).digest('hex');

/** A webhook POST as Dwolla sends one: the body as it is, signed by `secret` unless a `signature` is given (`null` sends none). */
export function webhookRequest(body: string, { secret = webhookSecret, signature, method = 'POST' }: { secret?: string; signature?: string | null; method?: string } = {}) {
  const sent = signature === undefined ? signatureOf(body, secret) : signature;
  return new Request('https://app.example/api/dwolla-webhooks', {
    method,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', 'User-Agent': 'dwolla-webhooks/1.0', ...(sent !== null && { 'X-Request-Signature-SHA-256': sent }) },
    body,
  });
}

/** The events `onEvent` was given, and an `onEvent` that records them. */
export function recordedEvents() {
  const events: DwollaWebhookEvent[] = [];
  return { events, onEvent: (event: DwollaWebhookEvent) => void events.push(event) };
}
