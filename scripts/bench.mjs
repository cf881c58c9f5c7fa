// `npm run bench`: bundle sizes against the libraries people would otherwise ship, the fast path
// (mount → Plaid Link open) against a hand-written sequential integration, and requests and
// React commits from mount to open. Every figure is measured in this run; nothing is asserted.
import react from '@vitejs/plugin-react';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { measureBundleSizes } from './bundle-sizes.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

console.log(`react-dwolla-exchange benchmarks · ${new Date().toISOString()} · Node ${process.version} · ${cpus().length}× ${cpus()[0]?.model}`);

console.log('\n## Bundle sizes (min+gzip, NODE_ENV=production, peers excluded)\n');
const sizes = await measureBundleSizes();
console.log('| bundle | min | min+gzip | budget |\n|---|---:|---:|---:|');
for (const row of sizes) console.log(`| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${row.budget ? kb(row.budget) : ''} |`);

// A production build of the bench page, as an app would ship it.
const benchConfig = {
  configFile: false,
  root: resolve(root, 'bench'),
  publicDir: resolve(root, 'public'),
  plugins: [react()],
  logLevel: 'error',
  // React's Profiler counts commits only in a profiling build.
  resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } },
  build: { outDir: resolve(root, 'node_modules/.cache/bench-dist'), emptyOutDir: true, target: 'esnext' },
  preview: { port: 0 },
};
await build(benchConfig);
const server = await preview(benchConfig);
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch(chromiumLaunchOptions());

async function run(query) {
  const page = await browser.newPage();
  await page.goto(`${base}?${new URLSearchParams(query)}`);
  const result = await page.waitForFunction(() => window.benchResult, undefined, { timeout: 30_000 }).then((handle) => handle.jsonValue());
  await page.close();
  return result;
}

try {
  await run({ scenario: 'sequential', D: 10, S: 10 }); // warm-up: dependency optimisation, caches

  console.log(`\n## Fast path: mount → Plaid Link open (median of ${repetitions}, headless Chromium)\n`);
  console.log('D and S are the delays set on the mock backend and the fake script; D′ and S′ are the');
  console.log('times one backend request alone and the script alone took, measured in this run (the');
  console.log('service worker that plays the network adds its own latency), and the goals use them.\n');
  console.log('| D | S | D′ | S′ | (a) fetch, then react-plaid-link | (c) launcher, no hint | (b) launcher with partnerHint | (a) ÷ (D′+S′) | (b) ÷ max(D′,S′) | (a) ÷ (b) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [D, S] of (process.env.BENCH_PAIRS ? JSON.parse(process.env.BENCH_PAIRS) : [[400, 400], [200, 600], [600, 200]])) {
    const times = { 'backend-only': [], 'script-only': [], sequential: [], launcher: [], hinted: [] };
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      for (const scenario of Object.keys(times)) times[scenario].push((await run({ scenario, D, S })).openMs);
    }
    const [d, s, a, c, b] = ['backend-only', 'script-only', 'sequential', 'launcher', 'hinted'].map((name) => median(times[name]));
    const ms = (value) => `${value.toFixed(0)} ms`;
    console.log(`| ${D} ms | ${S} ms | ${ms(d)} | ${ms(s)} | ${ms(a)} | ${ms(c)} | ${ms(b)} | ${(a / (d + s)).toFixed(2)} | ${(b / Math.max(d, s)).toFixed(2)} | ${(a / b).toFixed(2)} |`);
  }

  console.log('\n## Requests and React commits, mount → Plaid Link open (D = S = 100 ms)\n');
  console.log('| launchers on one id | StrictMode | backend requests | commits |\n|---:|---|---:|---:|');
  for (const launchers of [1, 5]) {
    for (const strict of ['0', '1']) {
      const result = await run({ scenario: 'launcher', D: 100, S: 100, launchers, strict });
      console.log(`| ${launchers} | ${strict === '1' ? 'on' : 'off'} | ${result.requests} | ${result.commits} |`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
