import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher, type UpdateCredentialsBody } from '../../src';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../src/testing/exchange-journey-handlers';
import { fakeInvalidLinkToken } from '../../src/testing/fake-plaid';
import { exchangeSessionFixture, fakePartnerValues } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

const exchangeId = 'fa4e0004-0000-4000-8000-0000000000e9';
const reauthSessionId = 'fa4e0001-0000-4000-8000-0000000000r1';
/** Dwolla's answer to a balance check whose bank login expired. */
const updateCredentials = (): UpdateCredentialsBody => ({
  code: 'UpdateCredentials',
  message: 'The user must re-authenticate with their bank.',
  _links: { about: { href: `https://api-sandbox.dwolla.com/exchanges/${exchangeId}/exchange-sessions` } },
});

function serveReauth() {
  const requests: JourneyRequest[] = [];
  serveSessions({ [reauthSessionId]: exchangeSessionFixture('plaid', { id: reauthSessionId }) });
  server.use(...exchangeJourneyHandlers({ reauthSessionId, onRequest: (request) => requests.push(request) }));
  return requests;
}

describe('<ExchangeSessionLauncher reauthenticate>', () => {
  it('creates one re-auth session from an UpdateCredentials body under StrictMode, runs it, and reports reauthenticated', async () => {
    const plaid = installPlaidInJsdom();
    const requests = serveReauth();
    const spies = { ...launcherSpies(), onComplete: vi.fn() };
    // A new body object on every render, as an app passing its fetch result would.
    const { rerender } = renderStrict(<ExchangeSessionLauncher source={{ reauthenticate: updateCredentials() }} {...spies} />);
    rerender(<ExchangeSessionLauncher source={{ reauthenticate: updateCredentials() }} {...spies} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(plaid.opened).toBe(1);
    expect(requests).toEqual([{ route: 'create', body: { exchangeId } }]);
    expect(spies.onSuccess).toHaveBeenCalledTimes(1);
    expect(spies.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid', sessionId: reauthSessionId, reauthenticated: true }));
    expect(spies.onComplete).not.toHaveBeenCalled();
  });

  it('takes an exchange id or URL; with complete it reports the renewed exchange and creates none', async () => {
    installPlaidInJsdom();
    const requests = serveReauth();
    const onComplete = vi.fn();
    const { container } = renderStrict(
      <ExchangeSessionLauncher
        source={{ reauthenticate: `https://api-sandbox.dwolla.com/exchanges/${exchangeId}` }}
        complete
        onComplete={onComplete}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ reauthenticated: true, exchangeId }));
    expect(container.firstElementChild).toHaveAttribute('data-status', 'complete');
    expect(screen.getByRole('status')).toHaveTextContent(/^Account reconnected$/);
    expect(requests.map(({ route }) => route)).toEqual(['create']);
  });

  it('renews a spent re-authentication session for the same exchange', async () => {
    const plaid = installPlaidInJsdom();
    serveSessions({
      'reauth-spent': { ...exchangeSessionFixture('plaid', { id: 'reauth-spent' }), externalProviderSessionToken: fakeInvalidLinkToken },
      'reauth-fresh': exchangeSessionFixture('plaid', { id: 'reauth-fresh' }),
    });
    const created: unknown[] = [];
    server.use(
      http.post(basePath, async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json({ id: created.length === 1 ? 'reauth-spent' : 'reauth-fresh' }, { status: 201 });
      }),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ reauthenticate: exchangeId }} {...spies} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(created).toEqual([{ exchangeId }, { exchangeId }]);
    expect(plaid.configs.at(-1)?.token).toBe(fakePartnerValues.plaidLinkToken);
    expect(spies.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ sessionId: 'reauth-fresh', reauthenticated: true }));
    expect(spies.onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'sessionRenewed', previousSessionId: 'reauth-spent', sessionId: 'reauth-fresh' }));
  });

  it('is a configuration error for a Dwolla body that is not UpdateCredentials, and creates nothing', async () => {
    const requests = serveReauth();
    const onError = vi.fn();
    const notUpdateCredentials = { code: 'InvalidExchangeToken', message: 'Expired.', _links: { about: { href: 'https://api-sandbox.dwolla.com/exchanges/x' } } };
    renderStrict(<ExchangeSessionLauncher source={{ reauthenticate: notUpdateCredentials }} onError={onError} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'configuration');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(requests).toEqual([]);
  });
});
