// Installs the packed tarball into fresh consumer apps and builds them with Vite: React 19 with
// MX only (no optional peers installed), and React 18 with every partner and the `/core` subpath.
// Each also renders the launcher on the server (ESM), imports `/core` and `/testing` without msw
// installed (ESM), and requires the server and core entries (CJS).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versionOf = (name) => pkg.devDependencies[name];
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

const ssrScript = `
  import { createElement } from 'react';
  import { renderToString } from 'react-dom/server';
  import { ExchangeSessionLauncher } from 'react-dwolla-exchange';
  console.log(renderToString(createElement(ExchangeSessionLauncher, { source: { sessionId: 'abc' } })));`;

// The React-free entry: its functions, with the main entry's query key shape.
const coreScript = `
  import { createExchangeSession, exchangeSessionQueryKey, readExchangeSessionResume } from 'react-dwolla-exchange/core';
  import { exchangeSessionQueryOptions } from 'react-dwolla-exchange';
  if (typeof createExchangeSession !== 'function' || typeof readExchangeSessionResume !== 'function') process.exit(1);
  if (JSON.stringify(exchangeSessionQueryOptions('abc').queryKey) !== JSON.stringify(exchangeSessionQueryKey('abc'))) process.exit(2);`;

// The test kit without msw installed (#18): its Node parts load, only its MSW entry needs msw.
const testingScript = `
  const kit = await import('react-dwolla-exchange/testing');
  if (typeof kit.startFakeDwolla !== 'function' || typeof kit.fakePartnerFile !== 'function' || !kit.fixtureSessionIds.plaid) process.exit(1);
  const msw = await import('react-dwolla-exchange/testing/msw').then(() => 'loaded', (error) => String(error));
  if (!/Cannot find (package|module) 'msw'/.test(msw)) { console.error(msw); process.exit(2); }`;

const work = mkdtempSync(join(tmpdir(), 'rde-consumers-'));
try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1));

  const apps = [
    {
      name: 'react19-mx-only',
      dependencies: { react: '19.3.1', 'react-dom': '19.3.1' },
      source: `
        import { createRoot } from 'react-dom/client';
        import { ExchangeSessionLauncher } from 'react-dwolla-exchange';
        createRoot(document.getElementById('root')).render(
          <ExchangeSessionLauncher source={{ sessionId: 'abc' }} mx={{ mode: 'embed' }} />,
        );`,
      check: (assets) => {
        const plaid = assets.find((file) => file.name.startsWith('plaid-flow'));
        if (!plaid) throw new Error('the Plaid flow should still be a lazy chunk');
        if (!/Could not resolve "react-plaid-link"/.test(plaid.code)) throw new Error('a missing react-plaid-link should fail only when the Plaid chunk loads');
        const entry = assets.find((file) => file.name.startsWith('index'));
        if (/usePlaidLink|loadCheckoutWebComponents|mx\/connect\/memberConnected/.test(entry.code)) throw new Error('the entry chunk holds partner code');
        // A launcher given its session reaches the journey's other steps only through lazy chunks.
        for (const step of ['create-session', 'resume-store', 'complete-exchange', 'connection-picker']) {
          if (!assets.some((file) => file.name.startsWith(`${step}-`))) throw new Error(`the ${step} step should be a lazy chunk`);
        }
        if (/sent no id/.test(entry.code)) throw new Error('the entry chunk holds the session creation step');
        // English ships up front; Spanish is a chunk an English page never loads.
        if (!entry.code.includes('Try again') || entry.code.includes('Volver a intentarlo')) throw new Error('the entry chunk should hold English texts only');
        if (!assets.some((file) => file.name.startsWith('es-') && file.code.includes('Volver a intentarlo'))) throw new Error('the Spanish texts should be a lazy chunk');
      },
    },
    {
      name: 'react18-all-partners',
      dependencies: {
        react: '18.3.1',
        'react-dom': '18.3.1',
        'react-plaid-link': versionOf('react-plaid-link'),
        '@checkout.com/checkout-web-components': versionOf('@checkout.com/checkout-web-components'),
      },
      source: `
        import { createRoot } from 'react-dom/client';
        import { ExchangeSessionLauncher, ExchangeSessionProvider } from 'react-dwolla-exchange';
        import { readExchangeSessionResume } from 'react-dwolla-exchange/core';
        import 'react-dwolla-exchange/styles.css';
        // Back from a partner's page with a saved session: resume it; else start a new Plaid one.
        const source = readExchangeSessionResume() ? { resume: true } : { create: 'plaid' };
        createRoot(document.getElementById('root')).render(
          <ExchangeSessionProvider backend={{ basePath: '/api/exchange-sessions' }} checkout={{ publicKey: 'pk_sbox_fake', environment: 'sandbox' }}>
            <ExchangeSessionLauncher source={source} complete />
          </ExchangeSessionProvider>,
        );`,
      check: (assets) => {
        const plaid = assets.find((file) => file.name.startsWith('plaid-flow'));
        if (!plaid || !/link-initialize\.js/.test(plaid.code)) throw new Error('the Plaid chunk should hold react-plaid-link');
        if (!assets.some((file) => file.code.includes('react-dwolla-exchange:resume'))) throw new Error('the resume store from /core should be bundled');
        if (!assets.some((file) => file.name.endsWith('.css') && file.code.includes('@layer dwx'))) throw new Error('the stylesheet should be bundled');
      },
    },
  ];

  for (const app of apps) {
    const dir = join(work, app.name);
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: app.name,
        private: true,
        type: 'module',
        dependencies: {
          ...app.dependencies,
          '@tanstack/react-query': versionOf('@tanstack/react-query'),
          'react-dwolla-exchange': `file:${tarball}`,
          vite: versionOf('vite'),
        },
      }),
    );
    writeFileSync(join(dir, 'index.html'), '<div id="root"></div><script type="module" src="/src/main.jsx"></script>');
    writeFileSync(join(dir, 'src/main.jsx'), app.source);
    const started = Date.now();
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    run('npx', ['vite', 'build', '--logLevel', 'error'], dir);
    const assets = readdirSync(join(dir, 'dist/assets')).map((name) => ({ name, code: readFileSync(join(dir, 'dist/assets', name), 'utf8') }));
    app.check(assets);
    // Server-side: the ESM entry renders its placeholder, the CJS server entry loads.
    const html = run('node', ['--input-type=module', '-e', ssrScript], dir).trim();
    const placeholder = '<div class="dwx" data-part="root" data-status="loading" aria-busy="true" tabindex="-1"><div class="dwx-status" data-part="status" role="status"><span class="dwx-spinner" data-part="spinner" aria-hidden="true"></span><span>Loading…</span></div></div>';
    if (html !== placeholder) throw new Error(`unexpected SSR output: ${html}`);
    run('node', ['-e', "const s = require('react-dwolla-exchange/server'); if (typeof s.createExchangeSessionHandler !== 'function') process.exit(1);"], dir);
    run('node', ['--input-type=module', '-e', coreScript], dir);
    run('node', ['--input-type=module', '-e', testingScript], dir);
    run('node', ['-e', "const c = require('react-dwolla-exchange/core'); if (typeof c.fetchExchangeSession !== 'function' || typeof c.completeExchange !== 'function') process.exit(1);"], dir);
    console.log(`consumer ${app.name}: installed and built in ${((Date.now() - started) / 1000).toFixed(1)} s, ${assets.length} assets`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
