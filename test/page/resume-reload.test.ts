// A real full page reload in headless Chromium: a production build of test/page/resume-app,
// served locally and driven by Playwright (Vitest's browser mode cannot reload its own page).
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import type { FakePlaidLog } from '../../src/testing/fake-plaid';
import { fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';

const exchangeId = 'fa4e0004-0000-4000-8000-0000000000e1';

const root = resolve(import.meta.dirname, '../..');
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  const config = {
    configFile: false as const,
    root: resolve(root, 'test/page/resume-app'),
    publicDir: resolve(root, 'public'),
    plugins: [react()],
    logLevel: 'error' as const,
    build: { outDir: resolve(root, 'node_modules/.cache/resume-app'), emptyOutDir: true, target: 'esnext' },
    preview: { port: 0, host: '127.0.0.1' },
  };
  await build(config);
  server = await preview(config);
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('resuming after a full page reload (a simulated Plaid OAuth round trip)', () => {
  it('reopens Plaid Link with the saved session and the redirect URI, and completes', async () => {
    const page = await browser.newPage();
    const base = server.resolvedUrls!.local[0]!;
    await page.goto(base);
    await page.getByRole('dialog', { name: /Plaid Link/ }).waitFor();
    // Saved once Link opened, after the resume step's chunk loaded.
    await page.waitForFunction(() => sessionStorage.getItem('react-dwolla-exchange:resume') !== null);
    const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('react-dwolla-exchange:resume') ?? 'null'));
    expect(saved).toEqual({ sessionId: fixtureSessionIds.plaid, partner: 'plaid', savedAt: expect.any(Number) });

    // Off to the bank's OAuth page and back: a new document, the same tab.
    await page.goto(`${base}?oauth_state_id=fake-oauth-state`);
    await page.getByRole('dialog', { name: /Plaid Link/ }).waitFor();
    const config = await page.evaluate(() => (window as unknown as { __fakePlaid: FakePlaidLog }).__fakePlaid.configs.at(-1));
    expect(config).toEqual({ token: fakePartnerValues.plaidLinkToken, receivedRedirectUri: `${base}?oauth_state_id=fake-oauth-state` });

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText(`Linked: ${fixtureSessionIds.plaid}`).waitFor();
    // Forgotten on success, through the resume step's (already loaded) chunk.
    await page.waitForFunction(() => sessionStorage.getItem('react-dwolla-exchange:resume') === null);
    expect(await page.evaluate(() => sessionStorage.getItem('react-dwolla-exchange:resume'))).toBeNull();
    await page.close();
  });

  // #23 defect 1: what the journey is survives the page leave with the session.
  it('finishes a re-authentication on the return page as one, creating no exchange', async () => {
    const page = await browser.newPage();
    const base = server.resolvedUrls!.local[0]!;
    await page.goto(`${base}?journey=reauth`);
    await page.getByRole('dialog', { name: /Plaid Link/ }).waitFor();
    await page.waitForFunction(() => sessionStorage.getItem('react-dwolla-exchange:resume') !== null);
    const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('react-dwolla-exchange:resume') ?? 'null'));
    expect(saved).toEqual({ sessionId: fixtureSessionIds.plaid, partner: 'plaid', exchangeId, savedAt: expect.any(Number) });

    await page.goto(`${base}?journey=reauth&oauth_state_id=fake-oauth-state`);
    await page.getByRole('dialog', { name: /Plaid Link/ }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Completed:').waitFor();
    expect(await page.getByRole('status').textContent()).toBe(`Completed: ${JSON.stringify({ reauthenticated: true, exchangeId })}`);
    const requests = await page.evaluate(() => (window as unknown as { __journeyRequests: { route: string }[] }).__journeyRequests);
    expect(requests.map(({ route }) => route)).toEqual([]);
    await page.close();
  });
});

