import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { useExchangeSession } from '../../src';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';

const worker = setupWorker();
const requests: string[] = [];

beforeAll(async () => {
  worker.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.startsWith('/api/')) requests.push(request.url);
  });
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterEach(() => {
  worker.resetHandlers();
  requests.length = 0;
  document.body.innerHTML = '';
});
afterAll(() => worker.stop());

function SessionView({ id }: { id: string }) {
  const { data, error } = useExchangeSession(id, { endpoint: '/api/exchange-sessions' });
  if (error) return <p role="alert">{error.code}</p>;
  if (!data) return <p aria-busy="true">Loading</p>;
  return <output>{`${data.partner} ${data.id}`}</output>;
}

function mount(ui: React.ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(<QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } })}>{ui}</QueryClientProvider>);
  return root;
}

describe('useExchangeSession in Chromium', () => {
  it('fetches through the service worker, once under StrictMode, and renders the typed session', async () => {
    worker.use(...exchangeSessionHandlers({ sessions: { [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') } }));
    const root = mount(
      <StrictMode>
        <SessionView id={fixtureSessionIds.checkout} />
        <SessionView id={fixtureSessionIds.checkout} />
      </StrictMode>,
    );
    await expect.element(page.getByText(`checkout ${fixtureSessionIds.checkout}`).first()).toBeVisible();
    expect(requests).toEqual([`${location.origin}/api/exchange-sessions/${fixtureSessionIds.checkout}`]);
    root.unmount();
  });

  it('turns a real browser’s HTML error page into a typed error', async () => {
    worker.use(
      ...exchangeSessionHandlers({
        sessions: { broken: () => new Response('<h1>Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }) },
      }),
    );
    const root = mount(<SessionView id="broken" />);
    await expect.element(page.getByRole('alert')).toHaveTextContent('server');
    root.unmount();
  });
});
