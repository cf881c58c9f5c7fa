import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

/** Every request that reaches the network edge, as `METHOD /path`, whichever handler answers it. */
function recordRequests() {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => void seen.push(`${request.method} ${new URL(request.url).pathname}`));
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('<ExchangeSessionLauncher source={{ create }}>', () => {
  it('creates exactly one session under StrictMode, then fetches and launches it', async () => {
    const plaid = installPlaidInJsdom();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    const creations: unknown[] = [];
    server.use(http.post(basePath, async ({ request }) => (creations.push(await request.json()), HttpResponse.json({ id: fixtureSessionIds.plaid }, { status: 201 }))));
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ create: 'plaid' }} {...spies} />);
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(creations).toEqual([{ partner: 'plaid' }]);
    expect(plaid.opened).toBe(1);
  });

  it('shows a failed creation, and creates again on "Try again"', async () => {
    serveSessions({ [fixtureSessionIds.mx]: exchangeSessionFixture('mx') });
    let attempts = 0;
    server.use(
      http.post(basePath, () =>
        ++attempts === 1 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 500 }) : HttpResponse.json({ id: fixtureSessionIds.mx }, { status: 201 }),
      ),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ create: 'mx' }} {...spies} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'server');
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(attempts).toBe(2);
  });

  // 0.1 had no default create route (a configuration error without `createSession`); the route a provider names replaces it.
  it('creates through the route the provider’s backend names, and reads the session from its own route', async () => {
    const plaid = installPlaidInJsdom();
    const requests = recordRequests();
    server.use(
      http.post('/api/custom/create', () => HttpResponse.json({ id: fixtureSessionIds.plaid }, { status: 201 })),
      http.get('/api/custom/sessions/:id', () => HttpResponse.json(exchangeSessionFixture('plaid'))),
    );
    renderStrict(<ExchangeSessionLauncher source={{ create: 'plaid' }} />, { backend: { create: '/api/custom/create', session: '/api/custom/sessions/{id}' } });
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(plaid.opened).toBe(1);
    expect(requests).toEqual(['POST /api/custom/create', `GET /api/custom/sessions/${fixtureSessionIds.plaid}`]);
  });

  it('sends one request in all when the create answer carries the session: the POST, and no GET', async () => {
    const plaid = installPlaidInJsdom();
    const requests = recordRequests();
    server.use(
      http.post(basePath, () =>
        HttpResponse.json(exchangeSessionFixture('plaid'), {
          status: 201,
          headers: { Location: `${basePath}/${fixtureSessionIds.plaid}`, Date: new Date().toUTCString() },
        }),
      ),
      http.get(`${basePath}/:id`, () => HttpResponse.json(exchangeSessionFixture('plaid'))),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ create: 'plaid' }} {...spies} />);
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(plaid.opened).toBe(1);
    expect(plaid.configs.at(-1)?.token).toBe(exchangeSessionFixture('plaid').externalProviderSessionToken);
    expect(spies.onEvent).toHaveBeenCalledWith({ type: 'sessionLoaded', partner: 'plaid', sessionId: fixtureSessionIds.plaid });
    expect(requests).toEqual([`POST ${basePath}`]);
  });

  it('sends the POST, then one GET, when the create answer is { id } alone', async () => {
    const plaid = installPlaidInJsdom();
    const requests = recordRequests();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    server.use(http.post(basePath, () => HttpResponse.json({ id: fixtureSessionIds.plaid }, { status: 201 })));
    renderStrict(<ExchangeSessionLauncher source={{ create: 'plaid' }} />);
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(plaid.opened).toBe(1);
    expect(requests).toEqual([`POST ${basePath}`, `GET ${basePath}/${fixtureSessionIds.plaid}`]);
  });
});
