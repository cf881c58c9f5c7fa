// Screenshots of stories in headless Chromium, for the README: `npm run screenshots`.
// One story per partner and the MX account picker, and the default UI's gallery in each theme and
// locale (the toolbar's globals, set in the URL). Each is taken once the story's play function has
// finished and its fonts are loaded, with reduced motion (the spinner stands still).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const port = 6107;
const partnerViewport = { width: 800, height: 560 };
const pictures = [
  // Its play function leaves Plaid Link open; the others end on the partner's success screen.
  { name: 'plaid-link', story: 'launcher-partners--plaid-o-auth-return', viewport: partnerViewport },
  { name: 'mx-connect', story: 'launcher-partners--mx-embed', viewport: partnerViewport },
  { name: 'checkout-flow', story: 'launcher-partners--checkout-flow', viewport: partnerViewport },
  // Ends with the savings account chosen by keyboard, as the launcher shows it after MX Connect.
  { name: 'mx-account-picker', story: 'components-exchangeconnectionpicker--choose-by-keyboard', viewport: partnerViewport },
  // The linked accounts, one in each state.
  { name: 'linked-accounts', story: 'components-linkedaccounts--every-state', viewport: { width: 720, height: 760 }, stage: true },
  // The default UI: every state, light and dark, English and Spanish; and one phone's width.
  ...['light', 'dark'].flatMap((theme) =>
    ['en', 'es'].map((locale) => ({ name: `default-ui-${theme}-${locale}`, story: 'default-ui--gallery', theme, locale, viewport: { width: 1120, height: 800 }, stage: true })),
  ),
  { name: 'default-ui-dark-es-phone', story: 'default-ui--gallery', theme: 'dark', locale: 'es', viewport: { width: 390, height: 844 }, stage: true },
];

const storybook = spawn('npx', ['storybook', 'dev', '-p', String(port), '--ci', '--quiet'], { stdio: 'ignore', detached: true });
try {
  await waitFor(`http://localhost:${port}/index.json`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const { name, story, theme = 'light', locale = 'en', viewport, stage = false } of pictures) {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce', colorScheme: theme });
    await page.goto(`http://localhost:${port}/iframe.html?id=${story}&viewMode=story&globals=theme:${theme};locale:${locale}`);
    // The story's own play function drives it: wait until Storybook says the story has finished.
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyRenders?.some((render) => render.phase === 'finished'), undefined, { timeout: 60_000 });
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) throw new Error(`${story} failed: see it in Storybook`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // The gallery: its stage alone, as tall as its states; the others: the story's window.
    if (stage) await page.locator('.dwx-story-stage').screenshot({ path: `docs/${name}.png` });
    else await page.screenshot({ path: `docs/${name}.png` });
    console.log(`docs/${name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-storybook.pid);
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Storybook did not answer at ${url}`);
}
