import { fileURLToPath } from 'node:url';
import { createRunnableDevEnvironment, resolveConfig, type Plugin } from 'vite';

const app = fileURLToPath(new URL('./e2e-backend-app.ts', import.meta.url));

/**
 * Loads the backend (`e2e-backend-app.ts`) with a module runner of its own, as Vite's `runnerImport`
 * does, but left open while the backend runs: the fake Dwolla imports `node:http` when started.
 * Not the dev server's SSR environment: in Vitest's it carries Vitest's mocking transforms.
 */
async function loadBackend() {
  const config = await resolveConfig(
    {
      configFile: false,
      envDir: false,
      logLevel: 'warn',
      environments: { e2e: { consumer: 'server', dev: { moduleRunnerTransform: true }, resolve: { external: true } } },
    },
    'serve',
  );
  const environment = createRunnableDevEnvironment('e2e', config, { hot: false, runnerOptions: { hmr: { logger: false } } });
  await environment.init();
  const { startE2eBackend } = await environment.runner.import<typeof import('./e2e-backend-app.ts')>(app);
  return { startE2eBackend, close: () => environment.close() };
}

/**
 * An app's backend for the end-to-end tests, inside the Vite dev server of Vitest browser mode:
 * the `/server` entry's handler at `/e2e/exchange-sessions` and the fake Dwolla behind it
 * (`e2e-backend-app.ts`). This file is only the plugin, imported by `vite.config.ts`; the backend
 * and everything it imports are loaded when the server starts, not bundled into the config (Vite's
 * config loader would take in the whole `/server` entry and the fake Dwolla, and warn about every
 * import in them that its native loader would refuse).
 */
export function e2eBackend(): Plugin {
  let stop = async () => {};
  return {
    name: 'react-dwolla-exchange:e2e-backend',
    apply: 'serve',
    async buildEnd() {
      await stop();
    },
    async configureServer(server) {
      const loaded = await loadBackend();
      const backend = await loaded.startE2eBackend();
      stop = async () => {
        await backend.close();
        await loaded.close();
      };
      server.middlewares.use('/e2e/', (request, response) => void backend.handle(request, response));
    },
  };
}
