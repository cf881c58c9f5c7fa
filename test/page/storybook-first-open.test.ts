// The Storybook a newcomer opens first: a production build (`storybook build`), served on 127.0.0.1
// and opened in headless Chromium, each time in a fresh browser context, with no service worker
// registered yet, as after `npm install && npm start`. Its docs pages, where several stories render
// on one page against the mock backend, and every story's play function in Spanish.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { en } from '../../src/core/messages/en';
import { es } from '../../src/core/messages/es';
import { fakeMxConnectPage, fakeMxConnectPath } from '../../src/testing/fake-mx-connect';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'node_modules/.cache/storybook-first-open');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let server: Server;
let base: string;
let browser: Browser;

/** The build's files, a 404 for anything else (an unmocked `/api/…` too), and the fake MX Connect page the dev server serves. */
function serveBuild(): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    if (path === fakeMxConnectPath) {
      response.writeHead(200, { 'Content-Type': types['.html'] }).end(fakeMxConnectPage());
      return;
    }
    const file = join(built, path.endsWith('/') ? `${path}index.html` : path);
    void stat(file)
      .then((found) => (found.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then(
        (body) => response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
        () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'),
      );
  });
}

beforeAll(async () => {
  await promisify(execFile)(join(root, 'node_modules/.bin/storybook'), ['build', '-o', built, '--quiet'], { cwd: root });
  server = serveBuild().listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** What the page and its frames log as errors and warnings, and the errors they throw. */
function consoleOf(page: Page): string[] {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => logged.push(`uncaught: ${error.message}`));
  return logged;
}

/** Every answer to a request for the app's backend (`/api/…`), and whether the mock backend (the service worker) gave it. */
function backendAnswers(context: BrowserContext): { path: string; mocked: boolean }[] {
  const answers: { path: string; mocked: boolean }[] = [];
  context.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/api/')) answers.push({ path: pathname, mocked: response.fromServiceWorker() });
  });
  return answers;
}

/** The rate-limited card's answer (429), which the browser logs as a failed load: the state it shows, not a fault. */
const rateLimitedLoad = 'error: Failed to load resource: the server responded with a status of 429 (Too Many Requests)';

describe('the first open of Storybook, in a fresh browser', () => {
  // Storybook's own page (`/` opens the first story, Default UI / Appearance: one gallery), and the
  // docs page of the default UI (two galleries, the stylesheet's own look and the brand's in Spanish).
  it.each([
    { name: 'the landing story, Default UI / Appearance', path: '/', galleries: 1 },
    { name: 'Docs/Appearance', path: '/?path=/docs/docs-appearance--docs', galleries: 2 },
  ])('shows every card of $name in its state, none "expired", each answered by the mock backend, with a clean console', async ({ path, galleries }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const logged = consoleOf(page);
    const answers = backendAnswers(context);
    await page.goto(`${base}${path}`);
    const preview = page.frameLocator('#storybook-preview-iframe');
    const card = (state: string, part: string) => preview.locator(`[data-gallery-state="${state}"] [data-part="${part}"]`);
    const each = (value: string) => Array<string>(galleries).fill(value);

    // Every launcher's card but the loading one (whose backend never answers) settles, in its state or in an error.
    await preview.locator('[data-gallery-state]:not([data-gallery-state="loading"]) [data-part="root"]:not([data-status="loading"])').nth(3 * galleries - 1).waitFor();
    expect(await preview.locator('[data-error-code]').evaluateAll((errors) => errors.map((error) => error.getAttribute('data-error-code')))).toEqual(each('rateLimited'));
    expect(await card('loading', 'spinner').count()).toBe(galleries);
    expect(await card('error', 'retry-button').count()).toBe(galleries);
    expect(await card('mxNotice', 'mx-notice').count()).toBe(galleries);
    await preview.locator('[data-gallery-state="plaidButton"] [data-part="plaid-button"]:enabled').nth(galleries - 1).waitFor();
    // Back from MX: the picker lists the two accounts the backend has.
    await card('picker', 'picker-option').nth(2 * galleries - 1).waitFor();
    expect(await preview.getByText(en.errorGone).count()).toBe(0);
    expect(await preview.getByText(es.errorGone).count()).toBe(0);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter(({ mocked }) => !mocked)).toEqual([]);
    expect(logged.filter((line) => line !== rateLimitedLoad)).toEqual([]);

    // The manager around the preview is no client of the mock backend's worker; the preview is.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBeNull();
    const previewFrame = page.frames().find((frame) => frame.url().includes('/iframe.html'))!;
    expect(await previewFrame.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${base}/mockServiceWorker.js`);
    await context.close();
  });
});

/** A docs page opened alone (the preview's document), and the story `id` as it renders there. */
async function docsPage(id: string): Promise<{ page: Page; story: (storyId: string) => Locator }> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/iframe.html?viewMode=docs&id=${id}`);
  return { page, story: (storyId: string) => page.locator(`#story--${storyId}`) };
}

describe('a docs page of several stories', () => {
  it('answers each story of the account picker from its own handlers: no story takes another one’s empty list', async () => {
    const { page, story } = await docsPage('components-exchangeconnectionpicker--docs');
    const id = (name: string) => `components-exchangeconnectionpicker--${name}`;
    await story(id('no-accounts-yet')).getByText(en.pickerEmpty).waitFor();
    await story(id('choose-by-keyboard')).locator('[data-part="picker-option"]').nth(1).waitFor();
    await story(id('busy')).locator('[data-part="picker-option"]').nth(1).waitFor();
    expect(await story(id('choose-by-keyboard')).getByText(en.pickerEmpty).count()).toBe(0);
    expect(await story(id('busy')).getByText(en.pickerEmpty).count()).toBe(0);
    await page.context().close();
  });

  it('answers each story of the linked accounts from its own handlers: every state on one page', async () => {
    const { page, story } = await docsPage('components-linkedaccounts--docs');
    const id = (name: string) => `components-linkedaccounts--${name}`;
    const rows = (name: string) => story(id(name)).locator('[data-part="linked-account-state"]');
    await rows('every-state').nth(3).waitFor();
    await rows('active').nth(1).waitFor();
    await rows('deactivated').first().waitFor();
    await story(id('empty')).getByText('You have no linked accounts yet.').waitFor();
    await story(id('load-error')).getByRole('alert').waitFor();
    expect(await rows('every-state').allTextContents()).toEqual(['Active', 'Needs reconnecting', 'Active', 'Deactivated']);
    expect(await rows('active').allTextContents()).toEqual(['Active', 'Active']);
    expect(await rows('deactivated').allTextContents()).toEqual(['Deactivated']);
    expect(await story(id('loading')).locator('[data-part="linked-accounts"]').getAttribute('aria-busy')).toBe('true');
    await page.context().close();
  });
});

/** What Storybook reports of a story: that it has finished, with its checks' results (a11y), and what went wrong on the way. */
interface StoryReport {
  storyId: string;
  status: 'success' | 'error';
  reporters: { type: string; status: string }[];
  /** The play function's exception, the story's, and the errors unhandled while it played (`storyFinished` says `success` after a play function threw, outside a test runner). */
  errors: string[];
}

/** Storybook's channel events of a failing story: none names the story, so they belong to the one being rendered. */
const failures = ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing', 'unhandledErrorsWhilePlaying'];

describe('every story in Spanish (the toolbar’s locale)', () => {
  it('passes its play function and its accessibility check', async () => {
    const index = (await (await fetch(`${base}/index.json`)).json()) as { entries: Record<string, { type: string; importPath: string }> };
    const stories = Object.entries(index.entries).filter(([, entry]) => entry.type === 'story');
    const context = await browser.newContext();
    // What Storybook says on its channel, kept here as it says it.
    await context.addInitScript((failing: string[]) => {
      let channel: { on(event: string, listener: (event: unknown) => void): void } | undefined;
      const heard = { finished: [] as unknown[], errors: [] as string[] };
      Object.assign(window, { __heard: heard });
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(value: typeof channel) {
          channel = value;
          value?.on('storyFinished', (event) => heard.finished.push(event));
          for (const name of failing) value?.on(name, (event) => heard.errors.push(`${name}: ${JSON.stringify(event).slice(0, 500)}`));
        },
      });
    }, failures);
    const reports: StoryReport[] = [];
    let page: Page | undefined;
    let file: string | undefined;
    for (const [id, entry] of stories) {
      if (entry.importPath !== file) {
        // Each file's stories in a page of their own, with the toolbar's locale in its URL, as the
        // Vitest project runs them: a story that fails a partner's first load needs a page that has not loaded it.
        await page?.close();
        page = await context.newPage();
        file = entry.importPath;
        await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=locale:es`);
      } else {
        // The next one as the sidebar selects it.
        await page!.evaluate((storyId) => {
          const { __heard: heard, __STORYBOOK_ADDONS_CHANNEL__: channel } = window as unknown as {
            __heard: { errors: string[] };
            __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, args: unknown): void };
          };
          heard.errors.length = 0;
          // As a new tab would be: the stories that come back from a partner's redirect keep it in sessionStorage.
          sessionStorage.clear();
          channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }, id);
      }
      const report = await page!.waitForFunction(
        (storyId) => {
          const { finished, errors } = (window as unknown as { __heard: { finished: { storyId: string }[]; errors: string[] } }).__heard;
          const done = finished.find((event) => event.storyId === storyId);
          return done && { ...done, errors: [...errors] };
        },
        id,
        { timeout: 30_000 },
      );
      reports.push((await report.jsonValue()) as StoryReport);
    }
    await context.close();
    expect(reports.map(({ storyId }) => storyId)).toEqual(stories.map(([id]) => id));
    const failed = reports.filter(({ status, reporters, errors }) => status !== 'success' || errors.length > 0 || reporters.some((reporter) => reporter.status === 'failed'));
    expect(failed.map(({ storyId, errors, reporters }) => ({ storyId, errors, a11y: reporters.map(({ status }) => status) }))).toEqual([]);
    // The accessibility check ran on each.
    expect(reports.filter(({ reporters }) => !reporters.some(({ type }) => type === 'a11y')).map(({ storyId }) => storyId)).toEqual([]);
  }, 300_000);
});
