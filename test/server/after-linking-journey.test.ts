// What an app's own test suite can drive with the test kit, end to end on the fake Dwolla: the user
// links a bank, the connection breaks (a signed webhook, recorded by the app's webhook route), the
// linked accounts say so, the user reconnects, then removes the account; Dwolla's second delivery
// of an event changes nothing.
import { describe, expect, it } from 'vitest';
import { createDwollaWebhookHandler, type DwollaWebhookEvent, type LinkedAccount, type RecordedAccountState } from '../../src/server';
import { base, customerId, fakeDwollaPerTest, send } from './handler-harness';

const fake = fakeDwollaPerTest();
const secret = 'fake-webhook-secret-0001';

/** The app: its records of connections, kept by its webhook route, read by its linked-accounts view. */
function app() {
  const connections = new Map<string, RecordedAccountState>();
  const handled: string[] = [];
  const webhooks = createDwollaWebhookHandler({
    secret,
    onEvent: (event: DwollaWebhookEvent) => {
      handled.push(event.topic);
      if (event.topic === 'customer_exchange_reauth_required') connections.set(event.resourceId, 'reauthenticationRequired');
      if (event.topic === 'customer_exchange_deactivated') connections.set(event.resourceId, 'deactivated');
    },
  });
  const routes = fake.handlerWith({ authorizeExchange: () => true, accountState: (_request, { exchangeId }) => connections.get(exchangeId) });
  return { connections, handled, webhooks, routes };
}

describe('after linking, end to end on the fake Dwolla', () => {
  it('the bank connection breaks, the user reconnects, then removes the account', async () => {
    const { connections, handled, webhooks, routes } = app();
    fake.dwolla.subscribeWebhooks({ deliver: webhooks, secret });
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await routes(send(method, `${base}${path}`, body));
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    const accounts = async () => ((await call('GET', '/linked')).json as { accounts: LinkedAccount[] }).accounts;

    // Linked: the exchange and its bank account, which Dwolla announces as added and verified.
    expect((await call('POST', '', { partner: 'plaid' })).status).toBe(201);
    const sessionId = fake.newestSessionId();
    const linked = await call('POST', `/${sessionId}/exchange`, { partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource: { name: 'Checking', bankAccountType: 'checking' } });
    const exchangeId = String(linked.json.exchangeUrl).split('/').pop() ?? '';
    const fundingSourceId = String(linked.json.fundingSourceUrl).split('/').pop() ?? '';
    await fake.dwolla.webhooksDelivered();
    expect(handled).toEqual(['customer_funding_source_added', 'customer_funding_source_verified']);
    expect((await accounts()).map(({ state, fundingSources }) => [state, fundingSources.length])).toEqual([['active', 1]]);

    // The bank connection breaks: the webhook route records it, the view says so.
    fake.dwolla.breakConnection(exchangeId);
    await fake.dwolla.webhooksDelivered();
    expect((await accounts()).map(({ state }) => state)).toEqual(['reauthenticationRequired']);

    // The user reconnects: a re-authentication session, its flow, and the app's onComplete clears the record.
    const reauth = await call('POST', '', { exchangeId });
    expect(reauth.status).toBe(201);
    fake.dwolla.completeReauthentication(fake.newestSessionId());
    connections.delete(exchangeId);
    expect((await accounts()).map(({ state }) => state)).toEqual(['active']);

    // The user removes the account; Dwolla announces it, and its second delivery is not passed on.
    expect((await call('POST', `/linked/${fundingSourceId}/remove`, {})).json).toMatchObject({ removed: true });
    await fake.dwolla.webhooksDelivered();
    await fake.dwolla.redeliverWebhooks(fake.dwolla.events.at(-1)?.id);
    expect(handled).toEqual(['customer_funding_source_added', 'customer_funding_source_verified', 'customer_exchange_reauth_required', 'customer_funding_source_removed']);
    expect(fake.dwolla.webhookDeliveries.map(({ status }) => status)).toEqual([200, 200, 200, 200, 200]);
    expect((await accounts())[0]?.fundingSources.map(({ removed }) => removed)).toEqual([true]);
  });

  it('a connection Dwolla deactivates is deactivated in the view until a re-authentication mends it', async () => {
    const { webhooks, routes, connections } = app();
    fake.dwolla.subscribeWebhooks({ deliver: webhooks, secret });
    const session = fake.dwolla.addSession('mx', customerId);
    fake.dwolla.completeMxConnect(session);
    const linked = await routes(send('POST', `${base}/${session}/exchange`, { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' }));
    const exchangeId = ((await linked.json()) as { exchangeUrl: string }).exchangeUrl.split('/').pop() ?? '';
    fake.dwolla.deactivateConnection(exchangeId);
    await fake.dwolla.webhooksDelivered();
    const state = async () => ((await (await routes(send('GET', `${base}/linked`))).json()) as { accounts: LinkedAccount[] }).accounts.map((account) => account.state);
    expect([await state(), connections.get(exchangeId)]).toEqual([['deactivated'], 'deactivated']);
    await routes(send('POST', base, { exchangeId }));
    fake.dwolla.completeMxConnect(fake.newestSessionId());
    connections.delete(exchangeId);
    expect(await state()).toEqual(['active']);
  });
});
