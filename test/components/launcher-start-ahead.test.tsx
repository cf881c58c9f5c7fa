// A launcher's first commit, before its own code has loaded: the shell sends the request itself,
// and the machine, once loaded, takes it over. Each test imports the library afresh, so that the
// launcher's code is not loaded yet (modules keep it loaded for the rest of a page's life).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, serveSessions } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

async function freshLibrary() {
  vi.resetModules();
  return import('../../src');
}

/** The calls of the page's `fetch`, as `METHOD path`: what left the page, and when. */
function spyOnFetch() {
  const spy = vi.spyOn(globalThis, 'fetch');
  return () => spy.mock.calls.map(([input, init]) => `${init?.method ?? 'GET'} ${new URL(input instanceof Request ? input.url : String(input), location.href).pathname}`);
}

afterEach(() => vi.restoreAllMocks());

describe('what a launcher sends before its code has loaded', () => {
  it('sends the creation in its first commit, once under StrictMode, and its machine takes it over', async () => {
    const { ExchangeSessionLauncher } = await freshLibrary();
    const plaid = installPlaidInJsdom();
    const sent = spyOnFetch();
    server.use(http.post(basePath, () => HttpResponse.json(exchangeSessionFixture('plaid'), { status: 201, headers: { Location: `${basePath}/${fixtureSessionIds.plaid}` } })));
    render(
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <ExchangeSessionLauncher source={{ create: 'plaid' }} />
        </QueryClientProvider>
      </StrictMode>,
    );
    // render() has run the first commit: the shell shows its placeholder, and the POST is out.
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(sent()).toEqual(['POST /api/exchange-sessions']);

    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(plaid.opened).toBe(1);
    expect(sent()).toEqual(['POST /api/exchange-sessions']);
  });

  it('sends the session request in its first commit, and aborts it when unmounted before its machine took it over', async () => {
    const { ExchangeSessionLauncher } = await freshLibrary();
    const id = fixtureSessionIds.mx;
    serveSessions({ [id]: exchangeSessionFixture('mx') });
    const sent = spyOnFetch();
    const { unmount } = render(
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <ExchangeSessionLauncher source={{ sessionId: id }} />
        </QueryClientProvider>
      </StrictMode>,
    );
    expect(sent()).toEqual([`GET /api/exchange-sessions/${id}`]);
    const signal = vi.mocked(globalThis.fetch).mock.calls[0]![1]!.signal!;
    expect(signal.aborted).toBe(false);
    unmount();
    await Promise.resolve();
    expect(signal.aborted).toBe(true);
  });

  it('fetches the completion step while the flow runs, and no step the source does not use', async () => {
    const { ExchangeSessionLauncher } = await freshLibrary();
    const { wasStepRequested } = await import('../../src/hooks/journey-steps');
    installPlaidInJsdom();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} complete />
      </QueryClientProvider>,
    );
    expect(wasStepRequested('complete')).toBe(false);
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    // Link is open and nothing succeeded yet: the step that follows is on its way already.
    expect(wasStepRequested('complete')).toBe(true);
    expect(wasStepRequested('create')).toBe(false);
  });
});
