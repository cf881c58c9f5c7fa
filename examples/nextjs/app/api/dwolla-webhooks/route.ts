import { createDwollaWebhookHandler } from 'react-dwolla-exchange/server';
import { fakeWebhookSecret } from '@/fake/dwolla';
import { connections } from '@/lib/connections';

// Dwolla's webhooks, checked against the subscription's secret; a connection that needs its user is recorded.
export const POST = createDwollaWebhookHandler({
  secret: process.env.DWOLLA_WEBHOOK_SECRET ?? fakeWebhookSecret(),
  onEvent: (event) => {
    if (event.topic === 'customer_exchange_reauth_required') connections.set(event.resourceId, 'reauthenticationRequired');
  },
});
