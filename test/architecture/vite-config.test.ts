// @vitest-environment node
// Every Vite run (Vitest, Storybook, the build) loads vite.config.ts, bundling what it imports. An
// import there that Vite's native config loader would refuse (no file extension, a directory
// index) is a warning printed on every run, once per project: the config's imports stay few and
// explicit, and the e2e backend is loaded by its plugin when the dev server starts.
import { resolve } from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

it('loads vite.config.ts without a warning, and without bundling /server or the fake Dwolla into it', async () => {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = logger.warn;
  const loaded = await loadConfigFromFile({ command: 'serve', mode: 'test' }, resolve(root, 'vite.config.ts'), root, 'warn', logger, 'bundle');
  expect(warnings).toEqual([]);
  const bundled = loaded!.dependencies.map((file) => file.replace(`${root}/`, ''));
  expect(bundled.filter((file) => file.startsWith('src/server/') || file.startsWith('src/testing/fake-dwolla'))).toEqual([]);
}, 30_000);
