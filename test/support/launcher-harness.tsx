import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { vi } from 'vitest';
import { ExchangeSessionProvider, type ExchangeSessionSettings } from '../../src';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { server } from '../setup/msw-server';

/** The `/server` handler's default `basePath`, which the library's routes default to. */
export const basePath = '/api/exchange-sessions';

/** Serves the sessions at the app backend's default session route, as MSW handlers at the network edge. */
export function serveSessions(sessions: Record<string, object>) {
  server.use(...exchangeSessionHandlers({ sessions }));
}

/** Every launcher callback as a spy. */
export function launcherSpies() {
  return { onSuccess: vi.fn(), onExit: vi.fn(), onError: vi.fn(), onEvent: vi.fn(), onRedirect: vi.fn() };
}

/**
 * Renders under StrictMode with a fresh client that retries fast; with `settings`, inside an
 * `ExchangeSessionProvider` holding them (a `backend` other than the defaults, partner settings).
 */
export function renderStrict(ui: ReactElement, settings?: ExchangeSessionSettings) {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  const wrap = (node: ReactElement) => (
    <StrictMode>
      <QueryClientProvider client={client}>{settings ? <ExchangeSessionProvider {...settings}>{node}</ExchangeSessionProvider> : node}</QueryClientProvider>
    </StrictMode>
  );
  const result = render(wrap(ui));
  return { ...result, client, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}

/** The `type`s of the events a spy received, in order. */
export function eventNames(onEvent: ReturnType<typeof vi.fn>): string[] {
  return onEvent.mock.calls.map(([event]) => (event.type === 'partnerEvent' ? `${event.partner}:${event.name}` : event.type));
}
