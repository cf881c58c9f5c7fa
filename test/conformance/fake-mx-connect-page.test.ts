// The fake MX Connect page, opened at the URL a fake Dwolla's MX session names and served the
// README's Playwright way (the fixtures' MX URL, on a public origin): its Connect button tells that
// fake Dwolla, as MX's servers tell Dwolla, and the customer's accounts become available.
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { fakeDwollaConnections, fakePartnerFile } from '../../src/testing';
import { customerId, fakeDwollaPerTest } from './fake-dwolla-calls';

const dwolla = fakeDwollaPerTest();
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(() => browser.close());

const connections = async () =>
  ((await dwolla.get(`/customers/${customerId}/available-exchange-connections`)).json as { _embedded: { 'available-exchange-connections': unknown[] } })._embedded['available-exchange-connections'];

describe('the fake MX Connect page at a fake Dwolla’s MX URL', () => {
  it('tells that fake Dwolla the member is connected when Connect is pressed, before it says so to its parent', async () => {
    const sessionId = dwolla.fake.addSession('mx', customerId);
    const { json } = await dwolla.get(`/exchange-sessions/${sessionId}`);
    const mxUrl = (json as { _links: { 'external-provider-session': { href: string } } })._links['external-provider-session'].href;
    // A public origin reaches this machine only with Chromium's local network permission.
    const context = await browser.newContext({ permissions: ['local-network-access'] });
    try {
      const page = await context.newPage();
      await page.route(
        (url) => fakePartnerFile(url) !== undefined,
        (route) => route.fulfill(fakePartnerFile(route.request().url())),
      );
      await page.goto(mxUrl);
      await page.evaluate(() => {
        const watched = window as unknown as { connected: Promise<void> };
        watched.connected = new Promise((resolve) => window.addEventListener('message', ({ data }: MessageEvent<{ type?: string }>) => data.type === 'mx/connect/memberConnected' && resolve()));
      });
      expect(await connections()).toEqual([]);
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.evaluate(() => (window as unknown as { connected: Promise<void> }).connected);
      expect(await connections()).toEqual(fakeDwollaConnections);
    } finally {
      await context.close();
    }
  }, 30_000);
});
