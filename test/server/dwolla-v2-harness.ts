import { Client } from 'dwolla-v2';
import type { FakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';

/**
 * The official Node client (`dwolla-v2`, the real package) aimed at the fake Dwolla, which takes
 * its token request as Dwolla does (the credentials in the form body).
 */
export function dwollaV2ClientOf(fake: FakeDwolla) {
  const client = new Client({ ...fakeDwollaCredentials, environment: 'sandbox' });
  // The client reads both URLs at each request: its own, set from `environment`, made the fake's.
  Object.assign(client, { apiUrl: fake.baseUrl, tokenUrl: `${fake.baseUrl}/token` });
  return { client };
}
