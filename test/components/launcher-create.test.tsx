import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { endpoint, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

describe('<ExchangeSessionLauncher partner>', () => {
  it('creates exactly one session under StrictMode, then fetches and launches it', async () => {
    const plaid = installPlaidInJsdom();
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    const creations: unknown[] = [];
    server.use(http.post(endpoint, async ({ request }) => (creations.push(await request.json()), HttpResponse.json({ id: fixtureSessionIds.plaid }, { status: 201 }))));
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher partner="plaid" createSession={endpoint} endpoint={endpoint} {...spies} />);
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(creations).toEqual([{ partner: 'plaid' }]);
    expect(plaid.opened).toBe(1);
  });

  it('shows a failed creation, and creates again on "Try again"', async () => {
    serveSessions({ [fixtureSessionIds.mx]: exchangeSessionFixture('mx') });
    let attempts = 0;
    server.use(
      http.post(endpoint, () =>
        ++attempts === 1 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 500 }) : HttpResponse.json({ id: fixtureSessionIds.mx }, { status: 201 }),
      ),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher partner="mx" createSession={endpoint} endpoint={endpoint} {...spies} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('(server)');
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(attempts).toBe(2);
  });

  it('is a configuration error without createSession', async () => {
    renderStrict(<ExchangeSessionLauncher partner="plaid" endpoint={endpoint} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('(configuration)');
  });
});
