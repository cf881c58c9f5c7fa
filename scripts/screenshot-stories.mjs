// Screenshots of stories in headless Chromium, for the README: `npm run screenshots`, or only the
// pictures named, `npm run screenshots -- plaid-link mx-connect`.
// Each partner's UI (the test kit's stand-ins) open on its first screen, the MX account picker and
// the card's billing step that follow, the linked accounts, and the default UI's gallery in each
// theme and locale (the toolbar's globals, set in the URL). Each is taken once the story's play
// function has finished and its fonts are loaded, with reduced motion (the spinner stands still).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

// SCREENSHOTS_PORT: another port when 6107 is taken (say, by another checkout's run).
const port = Number(process.env.SCREENSHOTS_PORT ?? 6107);
const partnerViewport = { width: 800, height: 560 };
const pictures = [
  // The partners' UIs, each left open by its story's play function: Link's dialog over the page,
  // MX Connect in the launcher's frame, Flow's card form filled in.
  { name: 'plaid-link', story: 'launcher-partners--plaid-link-open', viewport: partnerViewport },
  { name: 'mx-connect', story: 'launcher-partners--mx-embed-open', viewport: partnerViewport },
  { name: 'checkout-flow', story: 'launcher-partners--checkout-flow-form', viewport: partnerViewport },
  // After Flow, the card's billing-details step (a funding source made from the user's choice), whole.
  { name: 'checkout-billing', story: 'launcher-partners--checkout-billing-step', viewport: partnerViewport, stage: true },
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

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !pictures.some((picture) => picture.name === name));
if (unknown.length > 0) throw new Error(`No picture named ${unknown.join(', ')}; the pictures: ${pictures.map(({ name }) => name).join(', ')}`);
const taken = wanted.length > 0 ? pictures.filter(({ name }) => wanted.includes(name)) : pictures;

// A Storybook already answering there would be another tree's: its pictures are not this one's.
if (await fetch(`http://localhost:${port}/index.json`).then(() => true, () => false)) throw new Error(`Port ${port} is taken: set SCREENSHOTS_PORT`);
const storybook = spawn('npx', ['storybook', 'dev', '-p', String(port), '--ci', '--quiet'], { stdio: 'ignore', detached: true });
try {
  await waitFor(`http://localhost:${port}/index.json`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const { name, story, theme = 'light', locale = 'en', viewport, stage = false } of taken) {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce', colorScheme: theme });
    await page.goto(`http://localhost:${port}/iframe.html?id=${story}&viewMode=story&globals=theme:${theme};locale:${locale}`);
    // The story's own play function drives it: wait until Storybook says the story has finished.
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyRenders?.some((render) => render.phase === 'finished'), undefined, { timeout: 60_000 });
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) throw new Error(`${story} failed: see it in Storybook`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // The gallery and the long forms: the stage alone, as tall as they are; the others: the story's window.
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
