// Fake mode, server side: the fake Dwolla API from the library's test kit.
import { createDwollaClient } from 'react-dwolla-exchange/server';
import { fakeDwollaCredentials, fakeMxConnectPath, startFakeDwolla } from 'react-dwolla-exchange/testing';

/** The Dwolla customer of the signed-in (demo) user in fake mode: the one customer the fake Dwolla holds. */
export const demoCustomerId = 'fa4e0000-0000-4000-8000-0000000de300';

/** This app's origin, where proxy.ts serves the fake MX Connect page: the port `next dev`/`next start` listen on. */
export const fakeMxOrigin = () => `http://localhost:${process.env.PORT ?? '3000'}`;

// One fake Dwolla per server process: `next dev` evaluates modules again after an edit, globalThis stays.
const world = globalThis as { fakeDwolla?: Promise<{ baseUrl: string }> };

/** A Dwolla client on a fake of Dwolla's API: the one at FAKE_DWOLLA_URL (the e2e test's), else one started here. */
export async function fakeDwollaClient() {
  const given = process.env.FAKE_DWOLLA_URL;
  world.fakeDwolla ??= given ? Promise.resolve({ baseUrl: given }) : startFakeDwolla({ mxUrl: () => fakeMxOrigin() + fakeMxConnectPath, customers: [demoCustomerId] });
  const { baseUrl } = await world.fakeDwolla;
  return createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl });
}
