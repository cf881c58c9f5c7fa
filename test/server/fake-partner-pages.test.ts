// Issue #18, friction 2: the fake partners for a built app with a real backend. The fake files
// themselves; a Node backend serving the fake MX Connect page; and a production build in
// `vite preview`, driven by Playwright with the README's one-line route.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { toNodeHandler } from '../../src/server';
import {
  checkoutScriptUrl,
  fakeCheckoutScript,
  fakeMxConnectPage,
  fakeMxConnectPath,
  fakePartnerFile,
  fakePartnerPages,
  fakePartnerResponse,
  fakePartnerValues,
  fakePlaidScript,
  plaidScriptUrl,
} from '../../src/testing';

const javascript = 'text/javascript; charset=utf-8';
const html = 'text/html; charset=utf-8';

describe('fakePartnerFile', () => {
  it.each([
    ['Plaid Link’s script', plaidScriptUrl, javascript, fakePlaidScript()],
    ['Plaid Link’s script, with a query', `${plaidScriptUrl}?v=2`, javascript, fakePlaidScript()],
    ['Checkout.com Flow’s script', checkoutScriptUrl, javascript, fakeCheckoutScript()],
    ['the MX Connect page on the app’s origin', `https://app.example${fakeMxConnectPath}?token=FAKE`, html, fakeMxConnectPage()],
    ['the MX Connect page on localhost', new URL(`http://127.0.0.1:4173${fakeMxConnectPath}`), html, fakeMxConnectPage()],
    ['the fixtures’ MX Connect URL', fakePartnerValues.mxUrl, html, fakeMxConnectPage()],
  ])('answers %s', (_label, url, contentType, body) => {
    expect(fakePartnerFile(url)).toEqual({ status: 200, contentType, body });
  });

  it.each([
    ['another file of Plaid’s CDN', 'https://cdn.plaid.com/link/v2/stable/other.js'],
    ['Plaid’s script over http', plaidScriptUrl.replace('https:', 'http:')],
    ['another MX Connect URL', 'https://int-widgets.moneydesktop.com/md/connect/a-real-token'],
    ['a path under the MX page', `https://app.example${fakeMxConnectPath}/more`],
    ['the app’s own page', 'https://app.example/'],
    ['what is not a URL', '/__fakes__/mx-connect.html'],
  ])('leaves %s alone', (_label, url) => {
    expect(fakePartnerFile(url)).toBeUndefined();
  });
});

describe('fakePartnerResponse', () => {
  it('answers a GET with the file, uncached', async () => {
    const response = fakePartnerResponse(new Request(checkoutScriptUrl));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe(javascript);
    expect(response?.headers.get('cache-control')).toBe('no-store');
    expect(await response?.text()).toBe(fakeCheckoutScript());
  });

  it('answers a HEAD without a body, and passes on other methods and URLs', async () => {
    const head = fakePartnerResponse(new Request(`https://app.example${fakeMxConnectPath}`, { method: 'HEAD' }));
    expect(head?.headers.get('content-type')).toBe(html);
    expect(await head?.text()).toBe('');
    expect(fakePartnerResponse(new Request(`https://app.example${fakeMxConnectPath}`, { method: 'POST', body: '{}' }))).toBeUndefined();
    expect(fakePartnerResponse(new Request('https://app.example/api/exchange-sessions'))).toBeUndefined();
  });
});

describe('a Node backend serving the fake MX Connect page beside its routes (the README’s recipe)', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const backend = (request: Request) => Promise.resolve(Response.json({ route: new URL(request.url).pathname }));
    server = createServer(toNodeHandler(async (request) => fakePartnerResponse(request) ?? backend(request)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers the page, and passes everything else on', async () => {
    const page = await fetch(`${origin}${fakeMxConnectPath}?token=FAKE-mx-token`);
    expect(page.headers.get('content-type')).toBe(html);
    expect(await page.text()).toBe(fakeMxConnectPage());
    expect(await (await fetch(`${origin}/api/exchange-sessions`)).json()).toEqual({ route: '/api/exchange-sessions' });
  });
});

describe('a production build in vite preview, with the fake partners', () => {
  let root: string;
  let server: PreviewServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'fake-partner-app-'));
    // A page that loads both partners' scripts from their CDNs and embeds MX Connect twice: from its
    // own origin (fakePartnerPages in vite preview) and at the fixtures' URL (Playwright's route).
    await writeFile(
      join(root, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake partners</title>
<script>window.mxMessages = []; addEventListener('message', (event) => event.data && event.data.mx && mxMessages.push({ origin: event.origin, type: event.data.type }));</script>
<script src="${plaidScriptUrl}"></script><script src="${checkoutScriptUrl}"></script>
</head><body><iframe title="own origin" src="${fakeMxConnectPath}?token=FAKE"></iframe><iframe title="fixture" src="${fakePartnerValues.mxUrl}"></iframe></body></html>`,
    );
    const config: InlineConfig = {
      configFile: false,
      root,
      logLevel: 'error',
      plugins: [fakePartnerPages()],
      build: { outDir: join(root, 'dist') },
      preview: { port: 0, host: '127.0.0.1' },
    };
    await build(config);
    server = await preview(config);
    origin = new URL(server.resolvedUrls?.local[0] ?? '').origin;
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('vite preview serves the fake MX Connect page beside the build', async () => {
    const page = await fetch(`${origin}${fakeMxConnectPath}?token=FAKE`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe(html);
    expect(await page.text()).toBe(fakeMxConnectPage());
    expect(await (await fetch(`${origin}/`)).text()).toContain('<title>Fake partners</title>');
  });

  it('Playwright’s one-line route serves the partners’ scripts and the fixtures’ MX page; the fakes run', async () => {
    const page = await browser.newPage();
    try {
      await page.route((url) => fakePartnerFile(url) !== undefined, (route) => route.fulfill(fakePartnerFile(route.request().url())));
      await page.goto(origin);
      await page.waitForFunction(() => (window as unknown as { mxMessages: unknown[] }).mxMessages.length >= 2, undefined, { timeout: 10_000 });
      const messages = await page.evaluate(() => (window as unknown as { mxMessages: unknown[] }).mxMessages);
      expect(messages).toEqual(
        expect.arrayContaining([
          { origin, type: 'mx/connect/loaded' },
          { origin: new URL(fakePartnerValues.mxUrl).origin, type: 'mx/connect/loaded' },
        ]),
      );
      expect(await page.evaluate(() => typeof (window as unknown as { CheckoutWebComponents?: unknown }).CheckoutWebComponents)).toBe('function');
      await page.evaluate(() => {
        const plaid = (window as unknown as { Plaid: { create(config: object): { open(): void } } }).Plaid;
        plaid.create({ token: 'link-sandbox-fake', onSuccess: () => {} }).open();
      });
      await page.getByRole('dialog', { name: 'Plaid Link (test double)' }).waitFor({ timeout: 10_000 });
    } finally {
      await page.close();
    }
  }, 30_000);
});
