// examples/nextjs as a user gets it: its files, with the package from `npm pack`, built with
// `next build` and served by `next start`; each partner's journey is driven in headless Chromium to
// the linked state. The app runs in its fake mode (no DWOLLA_KEY) on this test's fake Dwolla
// (FAKE_DWOLLA_URL), so that the test can check that the exchange and the funding source exist for
// the signed-in user's customer. Then `next dev` on its own fake Dwolla, as `npm run dev` runs it.
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
// Inside the repository, so that `next`, React and the partner SDKs resolve from its node_modules:
// Turbopack reads nothing outside its root, the folder of the nearest lockfile (the repository's).
const app = join(root, '.examples-build/nextjs');
const next = join(root, 'node_modules/.bin/next');
/** The Dwolla customer of the example's signed-in (demo) user, as its route handler names it. */
const demoCustomerId = 'fa4e0000-0000-4000-8000-0000000de300';
// Fake mode whatever this machine's environment holds.
const { DWOLLA_KEY, DWOLLA_SECRET, DWOLLA_CUSTOMER_ID, DWOLLA_WEBHOOK_SECRET, NEXT_PUBLIC_CHECKOUT_PUBLIC_KEY, FAKE_DWOLLA_URL, ...inherited } = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: '1' };

let browser: Browser;
const servers: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** Runs `next <command>` on a free port of 127.0.0.1; resolves with the app's origin once Next says it is ready. */
async function serve(command: 'start' | 'dev', extraEnv: Record<string, string> = {}, port?: number): Promise<string> {
  port ??= await freePort();
  // Its own process group, so that `next dev`'s workers end with it.
  const server = spawn(next, [command, '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  servers.push(server);
  let log = '';
  await new Promise<void>((ready, failed) => {
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready in')) ready();
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) => failed(new Error(`next ${command} exited (${String(code)}):\n${log}`)));
  });
  // The origin the app's fake mode allows for the fake MX Connect page, which its proxy.ts serves.
  return `http://localhost:${String(port)}`;
}

beforeAll(async () => {
  rmSync(app, { recursive: true, force: true });
  // Without what a local `npm install` or `npm run dev` left, and without a developer's .env files (sandbox keys).
  cpSync(join(root, 'examples/nextjs'), app, { recursive: true, filter: (source) => !/[/\\](node_modules|\.next|\.env[^/\\]*)$/.test(source) });
  // The package has no dependencies of its own, only peers: unpacking it is what npm would do. It
  // takes the place of the published range the example's package.json names, as `npm run dev:repo`'s
  // install of the packed library does.
  const packs = mkdtempSync(join(tmpdir(), 'rde-pack-'));
  const tarball = join(packs, execFileSync('npm', ['pack', '--silent', '--pack-destination', packs], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!);
  mkdirSync(join(app, 'node_modules/react-dwolla-exchange'), { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', join(app, 'node_modules/react-dwolla-exchange'), '--strip-components=1']);
  rmSync(packs, { recursive: true, force: true });
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(
    servers.map(async (server) => {
      if (server.exitCode !== null || server.signalCode !== null || !server.pid) return;
      const exited = once(server, 'exit');
      process.kill(-server.pid);
      await exited;
    }),
  );
  rmSync(app, { recursive: true, force: true, maxRetries: 3 });
});

/** Opens the app in a fresh context and chooses a partner, once the fake partners are up. */
async function choose(origin: string, label: string, timeout?: number): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (timeout) page.setDefaultTimeout(timeout);
  await page.goto(origin);
  await page.getByRole('button', { name: label }).click();
  return page;
}

const billingDetails = { 'First name': 'Jane', 'Last name': 'Doe', 'Street address': '1 Main St', City: 'Des Moines', State: 'IA', 'ZIP code': '50309' };

const journeys = {
  mx: async (page: Page) => {
    await page.frameLocator('iframe[title="MX Connect: link your bank account"]').getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('radio', { name: 'MX Bank Savings' }).check();
    await page.getByRole('button', { name: 'Link account' }).click();
  },
  plaid: async (page: Page) => {
    await page.getByRole('dialog', { name: /Plaid Link/ }).getByRole('button', { name: 'Continue' }).click();
  },
  checkout: async (page: Page) => {
    await page.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay' }).click();
    // The billing-details step: the card's holder and address, as Dwolla's card funding source needs.
    for (const [label, value] of Object.entries(billingDetails)) {
      const field = page.getByLabel(label, { exact: true });
      // The state is a list of the US states and territories, by their codes.
      if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await page.getByRole('button', { name: 'Link card' }).click();
  },
};

/** Drives `journey` on `page` to the linked state; fails as soon as the launcher shows an error, with its alert. */
async function link(page: Page, journey: (page: Page) => Promise<void>) {
  const error = page.locator('[data-status="error"]');
  const failed = error.waitFor({ timeout: 0 }).then(async () => {
    throw new Error(`the launcher shows an error: ${await error.innerText()}`);
  });
  failed.catch(() => undefined); // the page closes under it once linked
  const linked = async () => {
    await journey(page);
    // The launcher's last screen: what was linked (a bank account, a card).
    await page.locator('[data-part="linked"][role="status"]').waitFor();
  };
  await Promise.race([linked(), failed]);
  await page.context().close();
}

/** The secret of the test's fake Dwolla's webhook subscription, given to the app as its own. */
const webhookSecret = 'fake-webhook-secret-of-the-e2e-test';

describe('examples/nextjs, built with next build and served by next start', () => {
  let fake: FakeDwolla;
  let origin: string;

  beforeAll(async () => {
    execFileSync(next, ['build'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const port = await freePort();
    fake = await startFakeDwolla({ mxUrl: () => `http://localhost:${String(port)}${fakeMxConnectPath}`, customers: [demoCustomerId] });
    origin = await serve('start', { FAKE_DWOLLA_URL: fake.baseUrl, DWOLLA_WEBHOOK_SECRET: webhookSecret }, port);
  }, 300_000);

  afterAll(() => fake?.close());

  /** The exchange of `partner` the fake Dwolla holds for the demo customer, and its funding source. */
  function held(partner: string) {
    const exchanges = [...fake.exchanges].filter(([, exchange]) => exchange.customerId === demoCustomerId && exchange.partner === partner);
    expect(exchanges).toHaveLength(1);
    const [exchangeId, exchange] = exchanges[0]!;
    const fundingSources = fake.fundingSources.filter(({ customerId, body }) => customerId === demoCustomerId && JSON.stringify(body).includes(`/exchanges/${exchangeId}"`));
    expect(fundingSources).toHaveLength(1);
    return { exchange: exchange.body, fundingSource: fundingSources[0]!.body };
  }

  it('links a bank with MX: Connect embedded, an account picked, the exchange and the funding source created', async () => {
    const page = await choose(origin, 'Bank account (MX)');
    await link(page, journeys.mx);
    const { exchange, fundingSource } = held('mx');
    expect(exchange).toMatchObject({ mx: { availableConnectionToken: 'fake-connection-token-savings' } });
    // The account the user picked, by its own name and type.
    expect(fundingSource).toMatchObject({ name: 'MX Bank Savings', bankAccountType: 'savings' });
  });

  it('links a bank with Plaid: Link, the exchange and the funding source created', async () => {
    const page = await choose(origin, 'Bank account (Plaid)');
    await link(page, journeys.plaid);
    const { exchange, fundingSource } = held('plaid');
    expect(exchange).toMatchObject({ plaid: { publicToken: expect.any(String) } });
    expect(fundingSource).toMatchObject({ name: 'Plaid Checking ••0000', bankAccountType: 'checking' });
  });

  // #25: the account's life after linking, as Dwolla tells it by webhook.
  it('after linking: the bank connection breaks (a signed webhook to the app), the linked accounts say so, the user reconnects, and it is active again', async () => {
    await link(await choose(origin, 'Bank account (Plaid)'), journeys.plaid);
    const [exchangeId] = [...fake.exchanges].filter(([, exchange]) => exchange.customerId === demoCustomerId && exchange.partner === 'plaid').at(-1) ?? [];
    fake.subscribeWebhooks({ url: `${origin}/api/dwolla-webhooks`, secret: webhookSecret });
    fake.breakConnection(exchangeId!);
    await fake.webhooksDelivered();
    expect(fake.webhookDeliveries.at(-1)).toMatchObject({ event: { topic: 'customer_exchange_reauth_required' }, status: 200 });

    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/linked`);
    const row = page.locator('[data-part="linked-account"]').filter({ has: page.getByRole('button', { name: /^Reconnect/ }) });
    await row.getByText('Needs reconnecting').waitFor();
    await row.getByRole('button', { name: /^Reconnect/ }).click();
    await page.getByRole('dialog', { name: /Plaid Link/ }).getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('status').filter({ hasText: 'is reconnected.' }).waitFor();
    // Active by the backend's own word: the page read again says so.
    await page.reload();
    await page.locator('[data-part="linked-account-state"]').first().waitFor();
    expect(await page.locator('[data-part="linked-account-state"]').allTextContents()).not.toContain('Needs reconnecting');
    await page.context().close();
  }, 120_000);

  it('links a debit card with Checkout.com: Flow paid, the exchange and the card funding source created', async () => {
    const page = await choose(origin, 'Debit card');
    await link(page, journeys.checkout);
    const { exchange, fundingSource } = held('checkout');
    expect(exchange).toMatchObject({ token: 'pay_fake0000000000000000000000' });
    expect(fundingSource).toMatchObject({
      name: "Jane Doe's debit card",
      cardDetails: { firstName: 'Jane', lastName: 'Doe', billingAddress: { address1: '1 Main St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' } },
    });
  });
});

describe('examples/nextjs in next dev (npm run dev), on the fake Dwolla it starts itself', () => {
  let origin: string;
  beforeAll(async () => {
    origin = await serve('dev');
  }, 60_000);

  // The fake Dwolla of the app's own, whose MX sessions point at the port Next listens on, and the
  // MSW worker started under React's StrictMode (the choices show once it is up).
  it('links a bank with MX', async () => {
    // The first request compiles the page, the first choice the partner's code: slow on a slow machine.
    const page = await choose(origin, 'Bank account (MX)', 120_000);
    await link(page, journeys.mx);
  }, 240_000);
});
