// What the webhook route refuses before it looks at an event, and in which order: the method (405),
// the size (413, before the body is read whole), the signature (401); then a signed body that is no
// event (400). The same through toNodeHandler, whose own limit is the webhook route's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDwollaWebhookHandler } from '../../src/server';
import { rawExchange, serveThroughAdapter } from './raw-http';
import { dwollaEvent, recordedEvents, signatureOf, webhookRequest } from './webhook-harness';

const limit = 64 * 1024;
const event = dwollaEvent('fa4e0006-0000-4000-8000-0000000ee002', 'customer_funding_source_added', 'funding-sources/fa4e0007-0000-4000-8000-0000000f0001');
/** A signed event padded with a field to exactly `size` bytes. */
const eventOfSize = (size: number) => {
  const bare = JSON.stringify({ ...event, padding: '' });
  return JSON.stringify({ ...event, padding: 'x'.repeat(size - bare.length) });
};

let recorded: ReturnType<typeof recordedEvents>;
let errors: unknown[];
const handler = () =>
  createDwollaWebhookHandler({
    secret: 'fake-webhook-secret-0001',
    onEvent: recorded.onEvent,
    onError: (error) => void errors.push(error),
  });
beforeEach(() => {
  recorded = recordedEvents();
  errors = [];
});

/** A request whose body is a stream of `size` bytes, counting the bytes the handler pulled. */
function streamed(size: number) {
  let pulled = 0;
  const chunk = new Uint8Array(4096).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= size) {
        controller.close();
        return;
      }
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('https://app.example/api/dwolla-webhooks', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('the webhook route’s refusals, in order', () => {
  it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD'])('answers %s with 405 and Allow: POST, whatever its body and signature', async (method) => {
    const body = method === 'GET' || method === 'HEAD' ? undefined : eventOfSize(limit + 1);
    const response = await handler()(new Request('https://app.example/hooks', { method, body }));
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('answers a body declared over 64 kB with 413 before the signature, which it never checks', async () => {
    const response = await handler()(webhookRequest(eventOfSize(limit + 1), { signature: null }));
    expect([response.status, await response.json()]).toEqual([413, { code: 'RequestEntityTooLarge', message: 'The request body is larger than 64 kB.' }]);
  });

  it('stops reading a streamed body as soon as it passes 64 kB: 413', async () => {
    const { request, pulled } = streamed(10 * limit);
    expect((await handler()(request)).status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(limit + 2 * 4096);
  });

  it('reads a signed event of exactly 64 kB', async () => {
    const response = await handler()(webhookRequest(eventOfSize(limit)));
    expect(response.status).toBe(200);
    expect(recorded.events).toHaveLength(1);
  });

  it('answers an unsigned body within the limit with 401', async () => {
    expect((await handler()(webhookRequest(eventOfSize(1000), { signature: null }))).status).toBe(401);
  });

  it.each([
    ['not JSON', '{"id":'],
    ['JSON but no event', '{"hello":"dwolla"}'],
    ['an event without its resource link', JSON.stringify({ ...event, _links: {} })],
  ])('answers a signed body that is %s with 400, tells onError, and passes nothing on', async (_label, body) => {
    const response = await handler()(webhookRequest(body));
    expect([response.status, await response.json()]).toEqual([400, { code: 'BadRequest', message: 'The webhook body is not a Dwolla event.' }]);
    expect(recorded.events).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'invalidResponse' })]);
  });
});

describe('through toNodeHandler', () => {
  let served: Awaited<ReturnType<typeof serveThroughAdapter>>;
  beforeEach(async () => {
    served = await serveThroughAdapter(handler());
  });
  afterEach(() => served.close());

  const post = (body: string, headers: string[] = []) =>
    rawExchange(served.port, `POST /api/dwolla-webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\n${headers.map((line) => `${line}\r\n`).join('')}\r\n${body}`);

  it('answers TRACE and a PUT with a large body with 405 and Allow: POST', async () => {
    const trace = await rawExchange(served.port, 'TRACE /api/dwolla-webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    const put = await rawExchange(served.port, `PUT /api/dwolla-webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: ${String(limit + 1)}\r\n\r\n`);
    expect([trace?.status, trace?.headers.allow, put?.status, put?.headers.allow]).toEqual([405, 'POST', 405, 'POST']);
  });

  it('takes a signed event past the exchange routes’ 8 kB, and refuses one past 64 kB with 413', async () => {
    const body = eventOfSize(20 * 1024);
    const taken = await post(body, [`X-Request-Signature-SHA-256: ${signatureOf(body)}`]);
    const tooLarge = await post(eventOfSize(limit + 1));
    expect([taken?.status, tooLarge?.status]).toEqual([200, 413]);
    expect(recorded.events).toHaveLength(1);
  });
});
