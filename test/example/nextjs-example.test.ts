// examples/nextjs as a user gets it: built with `next build` against the packed tarball, served by
// `next start`, and each partner's journey driven in headless Chromium to the linked state. The app
// runs in its fake mode (no DWOLLA_KEY) on this test's fake Dwolla (FAKE_DWOLLA_URL), so that the
// test can check that the exchange and the funding source exist for the signed-in user's customer.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startFakeDwolla, type FakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';

const root = resolve(import.meta.dirname, '../..');
// Inside the repository, so that `next`, React and the partner SDKs resolve from its node_modules
// (Turbopack reads nothing outside its root, the folder of the nearest lockfile: the repository's).
const app = join(root, '.examples-build/nextjs');
/** The example's demo user's Dwolla customer, as its route handler names it. */
const demoCustomerId = 'fa4e0000-0000-4000-8000-0000000de300';
const next = join(root, 'node_modules/.bin/next');

let fake: FakeDwolla;
let server: ChildProcess | undefined;
let browser: Browser;
let origin: string;
let serverLog = '';

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

beforeAll(async () => {
  // The app as a user installs it: its own files, and the package from `npm pack` (which has no
  // dependencies of its own, only peers: unpacking it is what npm would do).
  rmSync(app, { recursive: true, force: true });
  cpSync(join(root, 'examples/nextjs'), app, { recursive: true, filter: (source) => !/[/\\](node_modules|\.next)$/.test(source) });
  const packs = mkdtempSync(join(tmpdir(), 'rde-pack-'));
  const tarball = join(packs, execFileSync('npm', ['pack', '--silent', '--pack-destination', packs], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!);
  mkdirSync(join(app, 'node_modules/react-dwolla-exchange'), { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', join(app, 'node_modules/react-dwolla-exchange'), '--strip-components=1']);
  rmSync(packs, { recursive: true, force: true });

  // Fake mode whatever this machine's environment holds.
  const { DWOLLA_KEY, DWOLLA_SECRET, DWOLLA_CUSTOMER_ID, NEXT_PUBLIC_CHECKOUT_PUBLIC_KEY, FAKE_DWOLLA_URL, ...inherited } = process.env;
  const env = { ...inherited, NEXT_TELEMETRY_DISABLED: '1' };
  execFileSync(next, ['build'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });

  const port = await freePort();
  origin = `http://localhost:${String(port)}`;
  // The fake MX Connect page is the app's own (its proxy.ts), on the origin its fake mode allows.
  fake = await startFakeDwolla({ mxUrl: () => `${origin}${fakeMxConnectPath}` });
  server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env: { ...env, FAKE_DWOLLA_URL: fake.baseUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  await new Promise<void>((ready, failed) => {
    server?.stdout?.on('data', (chunk: Buffer) => {
      serverLog += chunk.toString();
      if (serverLog.includes('Ready in')) ready();
    });
    server?.once('exit', (code) => failed(new Error(`next start exited (${String(code)}):\n${serverLog}`)));
  });
  browser = await chromium.launch(chromiumLaunchOptions());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await fake?.close();
  rmSync(app, { recursive: true, force: true });
});

/** Opens the app in a fresh context, chooses `partner`'s button once the fake partners are up. */
async function start(label: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(origin);
  await page.getByRole('button', { name: label }).click();
  return page;
}

async function linked(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Your account is linked.' }).waitFor();
  await page.context().close();
}

/** What the fake Dwolla holds for the demo customer after a journey with `partner`. */
function holds(partner: string) {
  const exchanges = [...fake.exchanges].filter(([, exchange]) => exchange.customerId === demoCustomerId && exchange.partner === partner);
  expect(exchanges).toHaveLength(1);
  const [exchangeId] = exchanges[0]!;
  const fundingSources = fake.fundingSources.filter(({ customerId, body }) => customerId === demoCustomerId && JSON.stringify(body).includes(`/exchanges/${exchangeId}"`));
  expect(fundingSources).toHaveLength(1);
  return { exchange: exchanges[0]![1], fundingSource: fundingSources[0]!.body };
}

describe('examples/nextjs, built from the packed tarball and started', () => {
  it('links a bank with MX: Connect embedded, the account picked, the exchange and the funding source created', async () => {
    const page = await start('Bank account (MX)');
    await page.frameLocator('iframe[title="MX Connect: link your bank account"]').getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('radio', { name: 'MX Bank Savings' }).check();
    await page.getByRole('button', { name: 'Link account' }).click();
    await linked(page);
    const { exchange, fundingSource } = holds('mx');
    expect(exchange.body).toMatchObject({ mx: { availableConnectionToken: 'fake-connection-token-savings' } });
    expect(fundingSource).toMatchObject({ name: 'Checking', bankAccountType: 'checking' });
  });

  it('links a bank with Plaid: Link opened, the exchange and the funding source created', async () => {
    const page = await start('Bank account (Plaid)');
    await page.getByRole('dialog', { name: /Plaid Link/ }).getByRole('button', { name: 'Continue' }).click();
    await linked(page);
    const { exchange, fundingSource } = holds('plaid');
    expect(exchange.body).toMatchObject({ plaid: { publicToken: expect.any(String) } });
    expect(fundingSource).toMatchObject({ name: 'Checking', bankAccountType: 'checking' });
  });

  it('links a debit card with Checkout.com: Flow paid, the exchange and the card funding source created', async () => {
    const page = await start('Debit card');
    await page.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay' }).click();
    await linked(page);
    const { exchange, fundingSource } = holds('checkout');
    expect(exchange.body).toMatchObject({ token: 'pay_fake0000000000000000000000' });
    expect(fundingSource).toMatchObject({ name: 'Debit card', cardDetails: { firstName: expect.any(String), billingAddress: expect.any(Object) } });
  });
});
