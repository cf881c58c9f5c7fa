import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'dwolla-v2';
import type { FakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';

/**
 * The official Node client (`dwolla-v2`, the real package) aimed at the fake Dwolla. It asks for
 * its token with the credentials in the form body, which Dwolla takes but the fake (true to
 * Dwolla's API description: HTTP Basic) does not: a small token endpoint in front of the fake's
 * moves them into the Authorization header. Every API request goes to the fake itself.
 */
export async function dwollaV2ClientOf(fake: FakeDwolla) {
  const tokens = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const basic = btoa(`${form.get('client_id') ?? ''}:${form.get('client_secret') ?? ''}`);
      const asked = form.get('grant_type') === 'client_credentials' ? 'grant_type=client_credentials' : '';
      void fetch(`${fake.baseUrl}/token`, { method: 'POST', headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' }, body: asked })
        .then(async (answer) => response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(await answer.text()))
        .catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => tokens.listen(0, '127.0.0.1', resolve));
  const client = new Client({ ...fakeDwollaCredentials, environment: 'sandbox' });
  // The client reads both URLs at each request: its own, set from `environment`, made the fake's.
  Object.assign(client, { apiUrl: fake.baseUrl, tokenUrl: `http://127.0.0.1:${String((tokens.address() as AddressInfo).port)}/token` });
  return { client, close: () => new Promise<void>((resolve) => tokens.close(() => resolve())) };
}
