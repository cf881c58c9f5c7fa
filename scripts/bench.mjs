// `npm run bench`: bundle sizes against the libraries people would otherwise ship, the fast path
// (mount → Plaid Link open) against a hand-written sequential integration, and requests and
// React commits from mount to open. Every figure is measured in this run; nothing is asserted.
import react from '@vitejs/plugin-react';
import { createServer } from 'node:https';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { exchangeSessionFixture, fakePlaidScript, fixtureSessionIds, plaidScriptUrl } from '../dist/testing/index.js';
import { measureBundleSizes } from './bundle-sizes.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { throwawayCertificate } from './throwaway-certificate.mjs';

const root = resolve(import.meta.dirname, '..');
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 11);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const plaidSession = JSON.stringify(exchangeSessionFixture('plaid'));
const plaidId = fixtureSessionIds.plaid;
const plaidScript = fakePlaidScript();
const plaidCdnHost = new URL(plaidScriptUrl).host;

console.log(`react-dwolla-exchange benchmarks · ${new Date().toISOString()} · Node ${process.version} · ${cpus().length}× ${cpus()[0]?.model}`);

console.log('\n## Bundle sizes (min+gzip, NODE_ENV=production, peers excluded)\n');
const sizes = await measureBundleSizes();
console.log('| bundle | min | min+gzip | budget |\n|---|---:|---:|---:|');
for (const row of sizes) console.log(`| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${row.budget ? kb(row.budget) : ''} |`);

/**
 * The current page load: the backend answers after D ms, Plaid's CDN after S ms, and a creation
 * (`POST /api/exchange-sessions`) with the session itself (`session`, the `/server` handler's
 * answer) or its id only (`id`: the launcher then asks for the session, a second round trip).
 */
const delays = { D: 0, S: 0, createAnswer: 'session' };
let requests = 0;

/** The app's backend, in the preview server: the Plaid session fixture, after D ms. */
const backend = {
  name: 'bench-backend',
  configurePreviewServer(server) {
    server.middlewares.use('/api/exchange-sessions', (request, response) => {
      requests += 1;
      const created = request.method === 'POST';
      const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Date: new Date().toUTCString() };
      const answer = () =>
        created
          ? response.writeHead(201, { ...headers, Location: `/api/exchange-sessions/${plaidId}` }).end(delays.createAnswer === 'session' ? plaidSession : JSON.stringify({ id: plaidId }))
          : response.writeHead(200, headers).end(plaidSession);
      setTimeout(answer, delays.D);
    });
  },
};

/** Plaid's CDN: a real HTTPS server on 127.0.0.1 that Chromium resolves cdn.plaid.com to. */
async function startPlaidCdn() {
  const cdn = createServer(throwawayCertificate(plaidCdnHost), (_request, response) => {
    setTimeout(() => response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(plaidScript), delays.S);
  });
  await new Promise((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  return cdn;
}

// A production build of the bench page, as an app would ship it, served with the app's backend.
const benchConfig = {
  configFile: false,
  root: resolve(root, 'bench'),
  publicDir: resolve(root, 'public'),
  plugins: [react(), backend],
  logLevel: 'error',
  build: { outDir: resolve(root, 'node_modules/.cache/bench-dist'), emptyOutDir: true, target: 'esnext' },
  preview: { port: 0 },
};
await build(benchConfig);
const server = await preview(benchConfig);
const base = server.resolvedUrls.local[0];
const cdn = await startPlaidCdn();
const launchOptions = chromiumLaunchOptions();
const browser = await chromium.launch({
  ...launchOptions,
  args: [...launchOptions.args, `--host-resolver-rules=MAP ${plaidCdnHost} 127.0.0.1:${cdn.address().port}`],
});
const context = await browser.newContext({ ignoreHTTPSErrors: true });

/** One page load of the bench page, with the backend delayed D ms and Plaid's script S ms. */
async function run({ D = 0, S = 0, createAnswer = 'session', ...query }) {
  Object.assign(delays, { D, S, createAnswer });
  requests = 0;
  const page = await context.newPage();
  await page.goto(`${base}?${new URLSearchParams(query)}`);
  const result = await page.waitForFunction(() => window.benchResult, undefined, { timeout: 30_000 }).then((handle) => handle.jsonValue());
  await page.close();
  return { ...result, requests };
}

try {
  await run({ scenario: 'sequential', D: 10, S: 10 }); // warm-up: dependency optimisation, caches

  console.log(`\n## Fast path: mount → Plaid Link open (median of ${repetitions}, headless Chromium)\n`);
  console.log('D and S are the delays of the backend and of Plaid\'s script; D′ and S′ are the times one');
  console.log('backend request alone and the script alone took in this run (D or S plus the browser\'s own');
  console.log('request overhead): the floor any integration has.\n');
  console.log('(d) is not the launcher alone: the app starts both requests in its route, before React renders');
  console.log('(`preloadExchangePartner` and `prefetchQuery(exchangeSessionQueryOptions(…))`).\n');
  console.log('| D | S | D′ | S′ | (a) fetch, then react-plaid-link | (c) launcher, no hint | (b) launcher, partner in its source | (d) started by the route | (a) ÷ (D+S) | (b) ÷ max(D,S) | (b) ÷ max(D′,S′) | (d) ÷ max(D′,S′) | (a) ÷ (b) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const ms = (value) => `${value.toFixed(0)} ms`;
  const ratio = (value) => value.toFixed(3);
  const timelines = [];
  for (const [D, S] of (process.env.BENCH_PAIRS ? JSON.parse(process.env.BENCH_PAIRS) : [[400, 400], [200, 600], [600, 200]])) {
    const runs = { 'backend-only': [], 'script-only': [], sequential: [], launcher: [], hinted: [], route: [] };
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      for (const scenario of Object.keys(runs)) runs[scenario].push(await run({ scenario, D, S }));
    }
    const [d, s, a, c, b, r] = ['backend-only', 'script-only', 'sequential', 'launcher', 'hinted', 'route'].map((name) =>
      median(runs[name].map((result) => result.openMs)),
    );
    const floor = Math.max(d, s);
    console.log(
      `| ${D} ms | ${S} ms | ${ms(d)} | ${ms(s)} | ${ms(a)} | ${ms(c)} | ${ms(b)} | ${ms(r)} | ${ratio(a / (D + S))} | ${ratio(b / Math.max(D, S))} | ${ratio(b / floor)} | ${ratio(r / floor)} | ${ratio(a / b)} |`,
    );
    timelines.push({ D, S, floor, runs });
  }

  console.log(`\n## Where the time goes: ms from \`root.render()\` (medians of the same runs)\n`);
  console.log('"React renders" is when React first ran the app\'s component. "Sent" and "answered" are the');
  console.log('browser\'s own Resource Timing of the session request and Plaid\'s script. "After the answers" is');
  console.log('from the later answer to `open()`; "over the floor" is open − max(D′,S′).\n');
  console.log('| D | S | integration | React renders | session sent | script sent | later answer | Link open | after the answers | over the floor |');
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  const labels = { sequential: '(a) fetch, then react-plaid-link', launcher: '(c) launcher, no hint', hinted: '(b) launcher, partner in its source', route: '(d) started by the route' };
  const answered = (result) => Math.max(result.timeline.session.answered, result.timeline.script.answered);
  for (const { D, S, floor, runs } of timelines) {
    for (const [scenario, label] of Object.entries(labels)) {
      const of = (pick) => median(runs[scenario].map(pick));
      const open = of((result) => result.openMs);
      console.log(
        `| ${D} ms | ${S} ms | ${label} | ${ms(of((result) => result.timeline.firstRender))} | ${ms(of((result) => result.timeline.session.sent))} | ${ms(of((result) => result.timeline.script.sent))} | ${ms(of(answered))} | ${ms(open)} | ${ms(of((result) => result.openMs - answered(result)))} | ${ms(open - floor)} |`,
      );
    }
  }

  console.log('\n## A created session: mount → Plaid Link open (median of ' + repetitions + ', headless Chromium)\n');
  console.log('The launcher creates the session (`source={{ create: \'plaid\' }}`: the partner is known, so its code');
  console.log('and script load meanwhile). "one trip": the backend answers the creation with the session, as the');
  console.log('`/server` handler does, and the launcher seeds its cache from it; "two trips": it answers `{ id }` only,');
  console.log('as every backend did before, and the launcher then asks for the session.\n');
  console.log('| D | S | D′ | S′ | one trip | two trips | one trip ÷ max(D,S) | one trip ÷ max(D′,S′) | two trips ÷ max(D,S) | backend requests (one / two) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [D, S] of (process.env.BENCH_PAIRS ? JSON.parse(process.env.BENCH_PAIRS) : [[400, 400], [200, 600], [600, 200]])) {
    const runs = { 'backend-only': [], 'script-only': [], one: [], two: [] };
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      runs['backend-only'].push(await run({ scenario: 'backend-only', D, S }));
      runs['script-only'].push(await run({ scenario: 'script-only', D, S }));
      runs.one.push(await run({ scenario: 'created', D, S, createAnswer: 'session' }));
      runs.two.push(await run({ scenario: 'created', D, S, createAnswer: 'id' }));
    }
    const [d, s, one, two] = ['backend-only', 'script-only', 'one', 'two'].map((name) => median(runs[name].map((result) => result.openMs)));
    console.log(
      `| ${D} ms | ${S} ms | ${ms(d)} | ${ms(s)} | ${ms(one)} | ${ms(two)} | ${ratio(one / Math.max(D, S))} | ${ratio(one / Math.max(d, s))} | ${ratio(two / Math.max(D, S))} | ${median(runs.one.map((r) => r.requests))} / ${median(runs.two.map((r) => r.requests))} |`,
    );
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
  cdn.close();
}
