import type { FakeDwollaState } from './fake-dwolla-state';
import type { FakeDwollaEvent, FakeWebhookDelivery, FakeWebhookSubscription } from './fake-dwolla-webhook-types';

/** The URL of the `Request` a `deliver` function is handed: the function is the route, wherever it is mounted. */
const deliveredUrl = 'http://localhost/dwolla-webhooks';

/**
 * Delivers `event` to `subscription` after its earlier deliveries (one at a time, in order), as
 * Dwolla does: a POST of the event with `X-Dwolla-Topic` and `X-Request-Signature-SHA-256`, the
 * hex HMAC-SHA256 of the body keyed by the subscription's secret. Its answer is recorded.
 */
export function deliverFakeEvent(state: FakeDwollaState, subscription: FakeWebhookSubscription, event: FakeDwollaEvent): void {
  const delivery: FakeWebhookDelivery = { event, subscription, status: undefined };
  state.deliveries.push(delivery);
  const earlier = state.deliveryQueues.get(subscription) ?? Promise.resolve();
  state.deliveryQueues.set(
    subscription,
    earlier.then(async () => {
      delivery.status = await send(subscription, event);
    }),
  );
}

/** Resolves once every delivery queued so far, and any queued meanwhile, has been answered. */
export async function webhooksDelivered(state: FakeDwollaState): Promise<void> {
  for (let queued = [...state.deliveryQueues.values()]; ; ) {
    await Promise.all(queued);
    const now = [...state.deliveryQueues.values()];
    if (now.every((queue, index) => queue === queued[index])) return;
    queued = now;
  }
}

/**
 * Delivers again, to each subscription, every event whose last delivery to it got no `2xx` (as
 * Dwolla retries), or the event `eventId` whatever it got (as Dwolla now and then delivers twice).
 */
export function redeliverFakeEvents(state: FakeDwollaState, eventId?: string): void {
  for (const subscription of state.subscriptions) {
    for (const event of state.events) {
      const last = state.deliveries.filter((delivery) => delivery.subscription === subscription && delivery.event === event).at(-1);
      const unanswered = last !== undefined && (last.status === undefined || last.status < 200 || last.status > 299);
      if (eventId === undefined ? unanswered : event.id === eventId) deliverFakeEvent(state, subscription, event);
    }
  }
}

async function send(subscription: FakeWebhookSubscription, event: FakeDwollaEvent): Promise<number | undefined> {
  const body = JSON.stringify(event);
  const headers = {
    'Content-Type': 'application/json; charset=UTF-8',
    'User-Agent': 'dwolla-webhooks/1.0',
    'X-Dwolla-Topic': event.topic,
    'X-Request-Signature-SHA-256': await hmacHex(subscription.secret, body),
  };
  try {
    const response = 'url' in subscription ? await fetch(subscription.url, { method: 'POST', headers, body }) : await subscription.deliver(new Request(deliveredUrl, { method: 'POST', headers, body }));
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

async function hmacHex(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
