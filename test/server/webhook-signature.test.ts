// The webhook route's signature check, against vectors computed here with Node's crypto, apart from
// the library's own (Web Crypto): the right body and secret pass, anything else is a 401 that says
// nothing of why, and onEvent never sees it.
import { describe, expect, it } from 'vitest';
import { createDwollaWebhookHandler } from '../../src/server';
import { dwollaEvent, nextWebhookSecret, recordedEvents, signatureOf, strangersSecret, webhookRequest, webhookSecret } from './webhook-harness';

const body = JSON.stringify(dwollaEvent('fa4e0006-0000-4000-8000-0000000ee001', 'customer_exchange_reauth_required'));
const refused = { code: 'InvalidSignature', message: 'Invalid webhook signature.' };

async function deliver(request: Request, secret: string | readonly string[] = webhookSecret) {
  const recorded = recordedEvents();
  const response = await createDwollaWebhookHandler({ secret, onEvent: recorded.onEvent })(request);
  return { status: response.status, json: (await response.json()) as unknown, events: recorded.events };
}

describe('X-Request-Signature-SHA-256', () => {
  it('takes the raw body signed with the subscription’s secret, and hands onEvent the event', async () => {
    const { status, events } = await deliver(webhookRequest(body));
    expect(status).toBe(200);
    expect(events).toMatchObject([{ id: 'fa4e0006-0000-4000-8000-0000000ee001', topic: 'customer_exchange_reauth_required' }]);
  });

  it('refuses the same signature over a body changed by one byte', async () => {
    const changed = body.replace('reauth_required', 'reauth_requirex');
    expect(changed.length).toBe(body.length);
    const { status, json, events } = await deliver(webhookRequest(changed, { signature: signatureOf(body) }));
    expect([status, json, events]).toEqual([401, refused, []]);
  });

  it('refuses a body signed with another secret', async () => {
    const { status, json, events } = await deliver(webhookRequest(body, { secret: strangersSecret }));
    expect([status, json, events]).toEqual([401, refused, []]);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['not hex', 'z'.repeat(64)],
    ['one digit short', signatureOf(body).slice(1)],
    ['one digit long', `${signatureOf(body)}0`],
    ['prefixed as some other services send it', `sha256=${signatureOf(body)}`],
    ['a SHA-1 HMAC (Dwolla’s older X-Request-Signature)', '0'.repeat(40)],
  ])('refuses a signature that is %s, with the same answer', async (_label, signature) => {
    const { status, json, events } = await deliver(webhookRequest(body, { signature }));
    expect([status, json, events]).toEqual([401, refused, []]);
  });

  it('takes the digest in capitals too', async () => {
    expect((await deliver(webhookRequest(body, { signature: signatureOf(body).toUpperCase() }))).status).toBe(200);
  });

  it('checks the bytes as sent: a body with other whitespace is another body', async () => {
    const reformatted = JSON.stringify(JSON.parse(body), null, 2);
    const { status, events } = await deliver(webhookRequest(reformatted, { signature: signatureOf(body) }));
    expect([status, events]).toEqual([401, []]);
  });
});

describe('secret rotation: two subscriptions during a switch', () => {
  const secrets = [webhookSecret, nextWebhookSecret];

  it.each([
    ['the old subscription’s secret', 200, webhookSecret],
    ['the new subscription’s secret', 200, nextWebhookSecret],
    ['neither', 401, strangersSecret],
  ])('with both configured, a body signed with %s is answered %i', async (_label, status, secret) => {
    expect((await deliver(webhookRequest(body, { secret }), secrets)).status).toBe(status);
  });
});

describe('configuration', () => {
  it.each([[''], [[]], [[webhookSecret, '']]])('refuses secret %j', (secret) => {
    expect(() => createDwollaWebhookHandler({ secret, onEvent: () => undefined })).toThrow(expect.objectContaining({ code: 'configuration' }));
  });
});
