// The webhook route under generated requests, through the Web handler and through toNodeHandler on a
// real socket: signed events (again and again), bodies signed with another secret or for another
// body, unsigned and random bodies, sizes around 64 kB, other methods. Every answer is one of the
// route's in Dwolla's shape; onEvent sees only what was signed with the secret, each event once.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDwollaWebhookHandler } from '../../src/server';
import { rawExchange, serveThroughAdapter } from './raw-http';
import { dwollaEvent, signatureOf, strangersSecret, webhookSecret } from './webhook-harness';

const runs = 5_000;
const expected: Record<number, string> = { 200: 'processed', 400: 'not an event', 401: 'signature', 405: 'method', 413: 'size' };
const eventIds = Array.from({ length: 12 }, (_, index) => `fa4e0006-0000-4000-8000-0000000ef${String(index).padStart(3, '0')}`);
const topics = ['customer_exchange_reauth_required', 'customer_funding_source_added', 'customer_transfer_created', 'customer_funding_source_removed'];

interface Generated {
  method: string;
  body: string;
  signature: string | undefined;
  /** Whether the body is an event signed with the route's secret: the only requests onEvent may see. */
  genuine: boolean;
}

const event = fc.record({ id: fc.constantFrom(...eventIds), topic: fc.constantFrom(...topics) }).map(({ id, topic }) => JSON.stringify(dwollaEvent(id, topic)));
const generated: fc.Arbitrary<Generated> = fc.oneof(
  { weight: 5, arbitrary: event.map((body) => ({ method: 'POST', body, signature: signatureOf(body), genuine: true })) },
  { weight: 1, arbitrary: event.map((body) => ({ method: 'POST', body, signature: signatureOf(body, strangersSecret), genuine: false })) },
  { weight: 1, arbitrary: fc.tuple(event, event).map(([body, other]) => ({ method: 'POST', body, signature: signatureOf(other), genuine: body === other })) },
  { weight: 1, arbitrary: event.map((body) => ({ method: 'POST', body, signature: undefined, genuine: false })) },
  { weight: 1, arbitrary: fc.tuple(fc.json(), fc.stringMatching(/^[0-9a-f]{64}$/)).map(([body, signature]) => ({ method: 'POST', body, signature, genuine: false })) },
  { weight: 1, arbitrary: fc.json().map((body) => ({ method: 'POST', body, signature: signatureOf(body), genuine: false })) },
  { weight: 1, arbitrary: fc.integer({ min: 64 * 1024 - 16, max: 80 * 1024 }).map((size) => ({ method: 'POST', body: 'x'.repeat(size), signature: signatureOf('x'.repeat(size)), genuine: false })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), event).map(([method, body]) => ({ method, body, signature: signatureOf(body), genuine: false })) },
);

/** The route, and what onEvent saw of each event id. */
function route() {
  const seen = new Map<string, number>();
  const handler = createDwollaWebhookHandler({
    secret: webhookSecret,
    onEvent: ({ id }) => void seen.set(id, (seen.get(id) ?? 0) + 1),
  });
  return { handler, seen };
}

const crashes: unknown[] = [];
const onCrash = (reason: unknown) => crashes.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
});
afterAll(() => {
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);
});

function check(request: Generated, status: number, allow: string | null | undefined, text: string) {
  const where = `${request.method} ${request.body.slice(0, 80)} → ${String(status)} ${text.slice(0, 120)}`;
  expect(Object.keys(expected).map(Number), where).toContain(status);
  if (request.genuine) expect(status, where).toBe(200);
  else expect(status, where).not.toBe(200);
  if (status === 405) expect(allow, where).toBe('POST');
  const body = JSON.parse(text) as Record<string, unknown>;
  if (status >= 400) expect(Object.keys(body).sort(), where).toEqual(['code', 'message']);
}

describe(`webhook fuzz: ${String(runs)} generated deliveries each way`, () => {
  it('through the Web handler: the route’s answers only, onEvent for what was signed, each event once', async () => {
    const { handler, seen } = route();
    const counts = new Map<number, number>();
    for (const request of fc.sample(generated, { numRuns: runs, seed: 25 })) {
      const headers = { 'Content-Type': 'application/json', ...(request.signature !== undefined && { 'X-Request-Signature-SHA-256': request.signature }) };
      const hasBody = request.method !== 'GET';
      const response = await handler(new Request('https://app.example/api/dwolla-webhooks', { method: request.method, headers, ...(hasBody && { body: request.body }) }));
      counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
      check(request, response.status, response.headers.get('allow'), await response.text());
    }
    console.log(`Webhook route: ${String(runs)} requests; ${[...counts].map(([status, n]) => `${String(status)} (${expected[status] ?? '?'}): ${String(n)}`).join(', ')}`);
    expect([...seen.values()].every((times) => times === 1)).toBe(true);
    expect(seen.size).toBeGreaterThan(0);
    expect(crashes).toEqual([]);
  }, 60_000);

  it('through toNodeHandler on a real socket: the same, and the process alive', async () => {
    const { handler, seen } = route();
    const served = await serveThroughAdapter(handler);
    try {
      const requests = fc.sample(generated, { numRuns: runs, seed: 52 });
      for (let at = 0; at < requests.length; at += 8) {
        await Promise.all(
          requests.slice(at, at + 8).map(async (request) => {
            const body = Buffer.from(request.body);
            const head = [`${request.method} /api/dwolla-webhooks HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', 'Content-Type: application/json', `Content-Length: ${String(body.length)}`];
            if (request.signature !== undefined) head.push(`X-Request-Signature-SHA-256: ${request.signature}`);
            const answer = await rawExchange(served.port, Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]));
            expect(answer, `${request.method} got no answer`).toBeDefined();
            if (answer) check(request, answer.status, answer.headers.allow, answer.body);
          }),
        );
      }
      expect((await Promise.allSettled(served.settled)).filter(({ status }) => status === 'rejected')).toEqual([]);
    } finally {
      await served.close();
    }
    expect([...seen.values()].every((times) => times === 1)).toBe(true);
    expect(crashes).toEqual([]);
  }, 120_000);
});
