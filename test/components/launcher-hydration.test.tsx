// A server-rendered launcher hydrates without a mismatch, even on a page where the launcher's code
// is loaded already: the server rendered its placeholder, so the first client render must too.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { serveSessions } from '../support/launcher-harness';

const id = fixtureSessionIds.mx;

function page(onRedirect: (url: string) => void, Launcher = ExchangeSessionLauncher) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <Launcher source={{ sessionId: id }} onRedirect={onRedirect} />
    </QueryClientProvider>
  );
}

/** The library as a server process holds it: its own modules, where no launcher's code ever loaded. */
async function serverLibrary() {
  vi.resetModules();
  return import('../../src');
}

describe('<ExchangeSessionLauncher> rendered on the server, hydrated in the browser', () => {
  it('hydrates its placeholder without a mismatch, then runs the flow', async () => {
    serveSessions({ [id]: exchangeSessionFixture('mx') });
    // An earlier launcher on this page loaded the launcher's code.
    const earlier = vi.fn();
    const { unmount } = render(page(earlier));
    await waitFor(() => expect(earlier).toHaveBeenCalledTimes(1));
    unmount();

    const server = await serverLibrary();
    const html = renderToString(page(() => undefined, server.ExchangeSessionLauncher));
    expect(html).toBe('<div class="dwx" data-part="root" data-status="loading" aria-busy="true" tabindex="-1"><div class="dwx-status" data-part="status" role="status"><span class="dwx-spinner" data-part="spinner" aria-hidden="true"></span><span>Loading…</span></div></div>');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const onRedirect = vi.fn();
    await act(async () => {
      hydrateRoot(container, page(onRedirect), { onRecoverableError });
    });

    await waitFor(() => expect(onRedirect).toHaveBeenCalledTimes(1));
    expect(onRecoverableError).not.toHaveBeenCalled();
    container.remove();
  });
});
