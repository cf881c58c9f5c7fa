/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import { fakePartnerPages } from './src/testing/fake-partner-pages.ts';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { e2eBackend } from './test/support/e2e-backend.ts';
import { emulateMedia, restPointer } from './test/browser/visual/commands.ts';
import pkg from './package.json' with { type: 'json' };

// The stylesheet ships as written, beside the modules: an app imports it once, as plain CSS.
const stylesheet: Plugin = {
  name: 'stylesheet',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/styles.css', 'utf8') });
  },
};

// A fresh object per project: Vitest names each project's browser instances in place.
const chromium = (contextOptions?: { viewport: { width: number; height: number } }) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions(), ...(contextOptions && { contextOptions }) }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

const peers = Object.keys(pkg.peerDependencies);
const isExternal = (id: string) => id.startsWith('node:') || peers.some((peer) => id === peer || id.startsWith(`${peer}/`));

export default defineConfig({
  plugins: [
    react(),
    fakePartnerPages(),
    stylesheet,
    dts({
      tsconfigPath: './tsconfig.build.json',
      bundleTypes: true,
      outDirs: ['dist', { dir: 'dist', moduleFormat: 'cjs' }],
    }),
  ],
  build: {
    lib: {
      entry: { index: 'src/index.ts', 'core/index': 'src/core/index.ts', 'server/index': 'src/server/index.ts', 'testing/index': 'src/testing/index.ts', 'testing/msw': 'src/testing/msw.ts' },
      formats: ['es', 'cjs'],
    },
    copyPublicDir: false,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: isExternal,
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'test/dist/**', 'test/server/**', 'test/conformance/**', 'test/page/**', 'test/example/**'],
          setupFiles: ['test/setup/unit.ts', 'test/setup/msw-server.ts', 'test/support/partner-fakes.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The fake Dwolla and the /server client checked against Dwolla's OpenAPI document (vendored).
          name: 'conformance',
          environment: 'node',
          include: ['test/conformance/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Pages built and driven by Playwright, for what Vitest's browser mode cannot do (reloads).
          name: 'page',
          environment: 'node',
          include: ['test/page/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // examples/nextjs built from the packed tarball, started, and driven by Playwright.
          name: 'example',
          environment: 'node',
          include: ['test/example/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          environment: 'node',
          include: ['test/dist/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [e2eBackend()],
        // Found late otherwise (only the CSP test imports them), and Vite then reloads a running test.
        optimizeDeps: { include: ['@storybook/react-vite', 'storybook/test'] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          // emulateMedia: prefers-color-scheme and prefers-reduced-motion, for the default UI's screenshots;
          // restPointer: the pointer out of the pictures.
          // A window larger than the tests' largest viewport (1280×800): Vitest scales down a test's
          // frame that does not fit, and the screenshots would be scaled with it.
          browser: { ...chromium({ viewport: { width: 1440, height: 1000 } }), commands: { emulateMedia, restPointer } },
        },
      },
      {
        extends: true,
        // Every story is a test: it renders, runs its play function, and passes the a11y check.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: chromium() },
      },
    ],
  },
});
