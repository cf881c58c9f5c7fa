// Creation and renewal in Chromium, under StrictMode: the backend is MSW at the network edge, the
// partners are their real libraries with fake CDN scripts (and the fake MX Connect page).
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, type ExchangePartner, type ExchangeSessionLauncherProps } from '../../src';
import { exchangeSessionHandlers, type MockSessionAnswer } from '../../src/testing/exchange-session-handlers';
import { fakeExpiredPaymentSessionId } from '../../src/testing/fake-checkout';
import { fakeInvalidLinkToken } from '../../src/testing/fake-plaid';
import { exchangeSessionFixture } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';

const { worker } = startWorker();
const basePath = '/api/exchange-sessions';
const mxUrl = (token: string) => `${location.origin}/__fakes__/mx-connect.html?token=${token}`;
const allowFakeMx = { allowedHosts: [location.origin] };

/** Serves `sessions`, and creates sessions with `createdIds` in order; returns the creation bodies. */
function backend(sessions: Record<string, MockSessionAnswer>, ...createdIds: string[]) {
  const created: unknown[] = [];
  worker.use(
    ...exchangeSessionHandlers({ sessions }),
    ...partnerScriptHandlers(),
    http.post(basePath, async ({ request }) => {
      created.push(await request.json());
      return HttpResponse.json({ id: createdIds[created.length - 1] ?? createdIds.at(-1) }, { status: 201 });
    }),
  );
  return created;
}

function launch(props: ExchangeSessionLauncherProps) {
  const spies = { onSuccess: vi.fn(), onError: vi.fn(), onEvent: vi.fn(), onRedirect: vi.fn() };
  // No backend setting: every route is the default one, creation (and so renewal) included.
  mount(<ExchangeSessionLauncher {...spies} {...props} />);
  return spies;
}

const renewals = (onEvent: ReturnType<typeof vi.fn>) => onEvent.mock.calls.map(([event]) => event).filter((event) => event.type === 'sessionRenewed');
const renewed = (partner: ExchangePartner, previousSessionId: string, sessionId: string) => [{ type: 'sessionRenewed', partner, previousSessionId, sessionId }];

describe('creating and renewing sessions in Chromium, under StrictMode', () => {
  it('creates exactly one session for a launcher given a partner', async () => {
    const created = backend({ fresh: exchangeSessionFixture('plaid', { id: 'fresh' }) }, 'fresh');
    const spies = launch({ source: { create: 'plaid' } });
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await vi.waitFor(() => expect(spies.onSuccess).toHaveBeenCalledTimes(1));
    expect(created).toEqual([{ partner: 'plaid' }]);
  });

  it('Plaid INVALID_LINK_TOKEN: renews once and opens Link with the new token', async () => {
    const created = backend(
      { spent: { ...exchangeSessionFixture('plaid', { id: 'spent' }), externalProviderSessionToken: fakeInvalidLinkToken }, fresh: exchangeSessionFixture('plaid', { id: 'fresh' }) },
      'fresh',
    );
    const spies = launch({ source: { sessionId: 'spent' } });
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await vi.waitFor(() => expect(spies.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ sessionId: 'fresh' })));
    expect(created).toEqual([{ partner: 'plaid' }]);
    expect(renewals(spies.onEvent)).toEqual(renewed('plaid', 'spent', 'fresh'));
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('MX URL past its lifetime: renews before the user is sent anywhere', async () => {
    const stale = new Date(Date.now() - 11 * 60_000).toISOString();
    backend(
      { stale: exchangeSessionFixture('mx', { id: 'stale', created: stale, mxUrl: mxUrl('STALE') }), fresh: exchangeSessionFixture('mx', { id: 'fresh', mxUrl: mxUrl('FRESH') }) },
      'fresh',
    );
    const spies = launch({ source: { sessionId: 'stale' }, mx: allowFakeMx });
    await vi.waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(spies.onRedirect).toHaveBeenCalledWith(mxUrl('FRESH'));
    expect(renewals(spies.onEvent)).toEqual(renewed('mx', 'stale', 'fresh'));
  });

  it('Checkout.com payment session expired: renews once and mounts Flow with the new payment session', async () => {
    const expired = exchangeSessionFixture('checkout', { id: 'expired' });
    backend(
      {
        expired: { ...expired, externalProviderSessionData: { ...expired.externalProviderSessionData, id: fakeExpiredPaymentSessionId } },
        fresh: exchangeSessionFixture('checkout', { id: 'fresh' }),
      },
      'fresh',
    );
    const spies = launch({ source: { sessionId: 'expired' }, checkout: { publicKey: 'pk_sbox_fake0000000000000000000000' } });
    await vi.waitFor(() => expect(renewals(spies.onEvent)).toEqual(renewed('checkout', 'expired', 'fresh')));
    await userEvent.fill(page.getByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(page.getByRole('button', { name: 'Pay' }));
    await vi.waitFor(() => expect(spies.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ sessionId: 'fresh', paymentId: expect.stringMatching(/^pay_/) })));
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('404 for a session it created: renews once', async () => {
    const created = backend({ fresh: exchangeSessionFixture('mx', { id: 'fresh', mxUrl: mxUrl('FRESH') }) }, 'gone', 'fresh');
    const spies = launch({ source: { create: 'mx' }, mx: allowFakeMx });
    await vi.waitFor(() => expect(spies.onRedirect).toHaveBeenCalledWith(mxUrl('FRESH')));
    expect(created).toEqual([{ partner: 'mx' }, { partner: 'mx' }]);
    expect(renewals(spies.onEvent)).toEqual(renewed('mx', 'gone', 'fresh'));
  });

  it('no renewal loop: a renewed session that is spent too ends in sessionExpired', async () => {
    const spent = (id: string) => ({ ...exchangeSessionFixture('plaid', { id }), externalProviderSessionToken: fakeInvalidLinkToken });
    const created = backend({ spent: spent('spent'), 'spent-again': spent('spent-again') }, 'spent-again');
    const spies = launch({ source: { sessionId: 'spent' } });
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'sessionExpired');
    await vi.waitFor(() => expect(spies.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'sessionExpired' })));
    expect(spies.onError).toHaveBeenCalledTimes(1);
    expect(created).toEqual([{ partner: 'plaid' }]);
  });
});
