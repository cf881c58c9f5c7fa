// Screenshots of one story per partner and of the MX account picker, in headless Chromium, for the
// README: `npm run screenshots`.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const port = 6107;
const stories = {
  // Its play function leaves Plaid Link open; the others end on the partner's success screen.
  'plaid-link': 'launcher-partners--plaid-o-auth-return',
  'mx-connect': 'launcher-partners--mx-embed',
  'checkout-flow': 'launcher-partners--checkout-flow',
  // Ends with the savings account chosen by keyboard, as the launcher shows it after MX Connect.
  'mx-account-picker': 'components-exchangeconnectionpicker--choose-by-keyboard',
};

const storybook = spawn('npx', ['storybook', 'dev', '-p', String(port), '--ci', '--quiet'], { stdio: 'ignore', detached: true });
try {
  await waitFor(`http://localhost:${port}/index.json`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 800, height: 560 } });
  for (const [name, id] of Object.entries(stories)) {
    await page.goto(`http://localhost:${port}/iframe.html?id=${id}&viewMode=story`);
    // The story's own play function drives it; let it finish.
    await page.waitForSelector('[role="dialog"], iframe[title^="MX Connect"], form', { timeout: 30_000 });
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `docs/${name}.png` });
    console.log(`docs/${name}.png`);
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
