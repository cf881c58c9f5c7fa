import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher, type ExchangePartner } from '../../src';
import { fakeExpiredPaymentSessionId } from '../../src/testing/fake-checkout';
import { fakeInvalidLinkToken } from '../../src/testing/fake-plaid';
import { dwollaErrorFixtures, exchangeSessionFixture, fakePartnerValues } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installCheckoutInJsdom, installPlaidInJsdom } from '../support/partner-fakes';

/** The backend creates sessions with the ids given, in order; returns what it was asked. */
function serveCreations(...ids: string[]) {
  const asked: ExchangePartner[] = [];
  server.use(
    http.post(basePath, async ({ request }) => {
      asked.push(((await request.json()) as { partner: ExchangePartner }).partner);
      return HttpResponse.json({ id: ids[asked.length - 1] ?? ids.at(-1) }, { status: 201 });
    }),
  );
  return asked;
}

const spentPlaid = { ...exchangeSessionFixture('plaid', { id: 'spent' }), externalProviderSessionToken: fakeInvalidLinkToken };
const renewedEvent = (previousSessionId: string, sessionId: string, partner: ExchangePartner) =>
  expect.objectContaining({ type: 'sessionRenewed', partner, previousSessionId, sessionId });

describe('renewing a spent or expired session', () => {
  it('creates a fresh Plaid session once on INVALID_LINK_TOKEN and opens Link with it', async () => {
    const plaid = installPlaidInJsdom();
    serveSessions({ spent: spentPlaid, fresh: exchangeSessionFixture('plaid', { id: 'fresh' }) });
    const asked = serveCreations('fresh');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'spent' }} {...spies} />);

    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(asked).toEqual(['plaid']);
    expect(plaid.configs.map(({ token }) => token)).toContain(fakePartnerValues.plaidLinkToken);
    await waitFor(() => expect(spies.onEvent).toHaveBeenCalledWith(renewedEvent('spent', 'fresh', 'plaid')));
    expect(spies.onError).not.toHaveBeenCalled();
    expect(spies.onExit).not.toHaveBeenCalled();
  });

  it('renews only once: a renewed session that is spent too is a sessionExpired error', async () => {
    installPlaidInJsdom();
    serveSessions({ spent: spentPlaid, 'spent-again': { ...spentPlaid, _links: { ...spentPlaid._links, self: { href: 'https://api-sandbox.dwolla.com/exchange-sessions/spent-again' } } } });
    const asked = serveCreations('spent-again');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'spent' }} {...spies} />);

    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'sessionExpired');
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0].message).toMatch(/renewal is spent too/);
    expect(asked).toEqual(['plaid']);
  });

  // 0.1 answered sessionExpired without a createSession prop; a renewal now always posts to the create route.
  it('reports a renewal the create route refuses as its error, and renews on "Try again"', async () => {
    const plaid = installPlaidInJsdom();
    serveSessions({ spent: spentPlaid, fresh: exchangeSessionFixture('plaid', { id: 'fresh' }) });
    const asked: unknown[] = [];
    server.use(
      http.post(basePath, async ({ request }) => {
        asked.push(await request.json());
        return asked.length === 1 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 500 }) : HttpResponse.json({ id: 'fresh' }, { status: 201 });
      }),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'spent' }} {...spies} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'server');
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'server', status: 500 });
    expect(asked).toEqual([{ partner: 'plaid' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(asked).toEqual([{ partner: 'plaid' }, { partner: 'plaid' }]);
    expect(plaid.configs.at(-1)?.token).toBe(fakePartnerValues.plaidLinkToken);
    expect(spies.onEvent).toHaveBeenCalledWith(renewedEvent('spent', 'fresh', 'plaid'));
  });

  it('renews an MX session whose URL is past its lifetime before using it', async () => {
    const stale = new Date(Date.now() - 11 * 60 * 1000).toISOString();
    serveSessions({
      stale: exchangeSessionFixture('mx', { id: 'stale', created: stale, mxUrl: 'https://int-widgets.moneydesktop.com/md/connect/STALE' }),
      fresh: exchangeSessionFixture('mx', { id: 'fresh', mxUrl: 'https://int-widgets.moneydesktop.com/md/connect/FRESH' }),
    });
    serveCreations('fresh');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'stale' }} {...spies} />);
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(spies.onRedirect).toHaveBeenCalledWith('https://int-widgets.moneydesktop.com/md/connect/FRESH');
    expect(spies.onEvent).toHaveBeenCalledWith(renewedEvent('stale', 'fresh', 'mx'));
  });

  it('renews a Checkout.com session whose payment session expired', async () => {
    const checkout = installCheckoutInJsdom();
    const expired = exchangeSessionFixture('checkout', { id: 'expired' });
    serveSessions({
      expired: { ...expired, externalProviderSessionData: { ...expired.externalProviderSessionData, id: fakeExpiredPaymentSessionId } },
      fresh: exchangeSessionFixture('checkout', { id: 'fresh' }),
    });
    serveCreations('fresh');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'expired' }} checkout={{ publicKey: 'pk_sbox_fake' }} {...spies} />);
    await waitFor(() => expect(spies.onEvent).toHaveBeenCalledWith(renewedEvent('expired', 'fresh', 'checkout')));
    await waitFor(() => expect(checkout.lastOptions?.paymentSession).toEqual(fakePartnerValues.checkoutPaymentSession));
    expect(await screen.findByRole('form')).toBeInTheDocument();
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('treats a 404 for a session it created as an expiry, and renews it', async () => {
    serveSessions({ fresh: exchangeSessionFixture('mx', { id: 'fresh' }) });
    const asked = serveCreations('gone', 'fresh');
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ create: 'mx' }} {...spies} />);
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(asked).toEqual(['mx', 'mx']);
    const renewals = spies.onEvent.mock.calls.filter(([event]) => event.type === 'sessionRenewed');
    expect(renewals).toEqual([[renewedEvent('gone', 'fresh', 'mx')]]);
    expect(spies.onError).not.toHaveBeenCalled();
  });
});
