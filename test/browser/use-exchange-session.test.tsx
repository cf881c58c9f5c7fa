import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { useExchangeSession } from '../../src';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { mount, startWorker } from './support';

const { worker, backendRequests } = startWorker();

function SessionView({ id }: { id: string }) {
  // No provider: the default route, GET /api/exchange-sessions/{id}.
  const { data, error } = useExchangeSession(id);
  if (error) return <p role="alert">{error.code}</p>;
  if (!data) return <p aria-busy="true">Loading</p>;
  return <output>{`${data.partner} ${data.id}`}</output>;
}

describe('useExchangeSession in Chromium', () => {
  it('fetches through the service worker, once under StrictMode, and renders the typed session', async () => {
    worker.use(...exchangeSessionHandlers({ sessions: { [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') } }));
    mount(
      <>
        <SessionView id={fixtureSessionIds.checkout} />
        <SessionView id={fixtureSessionIds.checkout} />
      </>,
    );
    await expect.element(page.getByText(`checkout ${fixtureSessionIds.checkout}`).first()).toBeVisible();
    expect(backendRequests).toEqual([`${location.origin}/api/exchange-sessions/${fixtureSessionIds.checkout}`]);
  });

  it('turns a real browser’s HTML error page into a typed error', async () => {
    worker.use(
      ...exchangeSessionHandlers({
        sessions: { broken: () => new Response('<h1>Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }) },
      }),
    );
    mount(<SessionView id="broken" />);
    await expect.element(page.getByRole('alert')).toHaveTextContent('server');
  });
});
