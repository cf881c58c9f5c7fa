// Fake mode, server side: the fake Dwolla API from the library's test kit.
import { createDwollaClient } from 'react-dwolla-exchange/server';
import { fakeDwollaCredentials, fakeMxConnectPath, startFakeDwolla } from 'react-dwolla-exchange/testing';

/** The Dwolla customer of the signed-in (demo) user in fake mode: the one customer the fake Dwolla holds. */
export const demoCustomerId = 'fa4e0000-0000-4000-8000-0000000de300';

const fakeSecret = 'fake-webhook-secret-for-the-example';

/**
 * The webhook secret when DWOLLA_WEBHOOK_SECRET is not set: the fake Dwolla's subscription's
 * (obviously fake) in fake mode; with DWOLLA_KEY, one nobody knows, so that every delivery is
 * refused until you set yours.
 */
export const fakeWebhookSecret = () => (process.env.DWOLLA_KEY ? crypto.randomUUID() : fakeSecret);

/** This app's origin, where proxy.ts serves the fake MX Connect page: the port `next dev`/`next start` listen on. */
export const fakeMxOrigin = () => `http://localhost:${process.env.PORT ?? '3000'}`;

// One fake Dwolla per server process: `next dev` evaluates modules again after an edit, globalThis stays.
const world = globalThis as { fakeDwolla?: Promise<{ baseUrl: string }> };

/** A Dwolla client on a fake of Dwolla's API: the one at FAKE_DWOLLA_URL (the e2e test's), else one started here. */
export async function fakeDwollaClient() {
  const given = process.env.FAKE_DWOLLA_URL;
  world.fakeDwolla ??= given ? Promise.resolve({ baseUrl: given }) : startOwnFakeDwolla();
  const { baseUrl } = await world.fakeDwolla;
  return createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl });
}

/** The app's own fake Dwolla, whose webhooks go to the app's webhook route. */
async function startOwnFakeDwolla() {
  const fake = await startFakeDwolla({ mxUrl: () => fakeMxOrigin() + fakeMxConnectPath, customers: [demoCustomerId] });
  fake.subscribeWebhooks({ url: `${fakeMxOrigin()}/api/dwolla-webhooks`, secret: fakeSecret });
  return fake;
}
