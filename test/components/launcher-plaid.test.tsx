import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { fakeInstitutionDownLinkToken } from '../../src/testing/fake-plaid';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';
import { eventNames, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

const id = fixtureSessionIds.plaid;

function servePlaid(linkToken: string = fakePartnerValues.plaidLinkToken) {
  serveSessions({ [id]: { ...exchangeSessionFixture('plaid'), externalProviderSessionToken: linkToken } });
}

describe('<ExchangeSessionLauncher> with a Plaid session', () => {
  it('opens Plaid Link once under StrictMode with the session’s link token, and reports success', async () => {
    const plaid = installPlaidInJsdom();
    servePlaid();
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} {...spies} />);

    const dialog = await screen.findByRole('dialog', { name: /Plaid Link/ });
    expect(plaid.opened).toBe(1);
    expect(plaid.configs.at(-1)?.token).toBe(fakePartnerValues.plaidLinkToken);
    await userEvent.click(screen.getByRole('radio', { name: /Tattersall/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    expect(dialog).not.toBeInTheDocument();
    expect(spies.onSuccess).toHaveBeenCalledTimes(1);
    expect(spies.onSuccess).toHaveBeenCalledWith({
      partner: 'plaid',
      sessionId: id,
      publicToken: 'public-sandbox-fake-0000-4000-8000-000000000000',
      metadata: expect.objectContaining({ institution: { name: 'Tattersall Federal Credit Union', institution_id: 'ins_fake_2' } }),
    });
    expect(eventNames(spies.onEvent)).toEqual(['sessionLoaded', 'opened', 'plaid:OPEN', 'plaid:HANDOFF']);
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('opens on a button in button mode, once ready', async () => {
    const plaid = installPlaidInJsdom();
    servePlaid();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} plaid={{ open: 'button' }} messages={{ plaidButton: 'Link with Plaid' }} />);
    const button = await screen.findByRole('button', { name: 'Link with Plaid' });
    await waitFor(() => expect(button).toBeEnabled());
    expect(plaid.opened).toBe(0);
    await userEvent.click(button);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(plaid.opened).toBe(1);
  });

  it('reports an exit, then lets the user continue', async () => {
    const plaid = installPlaidInJsdom();
    servePlaid();
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} {...spies} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Exit' }));

    expect(spies.onExit).toHaveBeenCalledWith({ partner: 'plaid', sessionId: id, error: null, metadata: expect.objectContaining({ link_session_id: expect.any(String) }) });
    expect(spies.onError).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Continue linking your bank account' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(plaid.opened).toBe(2);
  });

  it('reports an exit on a Plaid error as onExit and a partnerError', async () => {
    installPlaidInJsdom();
    servePlaid(fakeInstitutionDownLinkToken);
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} {...spies} />);
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'partnerError', message: expect.stringContaining('INSTITUTION_DOWN') });
    expect(spies.onExit.mock.calls[0]![0].error).toMatchObject({ error_code: 'INSTITUTION_DOWN' });
  });

  it('re-initialises Link with the same token for an OAuth return', async () => {
    const plaid = installPlaidInJsdom();
    servePlaid();
    const view = renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} />);
    await screen.findByRole('dialog');
    const before = plaid.created;
    const redirect = 'https://app.example/oauth-return?oauth_state_id=fake-state';
    view.rerender(<ExchangeSessionLauncher source={{ sessionId: id }} plaid={{ receivedRedirectUri: redirect }} />);
    await waitFor(() => expect(plaid.configs.at(-1)).toEqual({ token: fakePartnerValues.plaidLinkToken, receivedRedirectUri: redirect }));
    expect(plaid.created).toBeGreaterThan(before);
    await waitFor(() => expect(plaid.opened).toBe(2));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('calls the latest callbacks without re-creating Link', async () => {
    const plaid = installPlaidInJsdom();
    servePlaid();
    const first = launcherSpies();
    const view = renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} onSuccess={first.onSuccess} />);
    await screen.findByRole('dialog');
    const created = plaid.created;
    const second = launcherSpies();
    view.rerender(<ExchangeSessionLauncher source={{ sessionId: id }} onSuccess={second.onSuccess} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(second.onSuccess).toHaveBeenCalledTimes(1);
    expect(first.onSuccess).not.toHaveBeenCalled();
    expect(plaid.created).toBe(created);
  });

  it('destroys Link on unmount without reporting an exit', async () => {
    const plaid = installPlaidInJsdom();
    servePlaid();
    const spies = launcherSpies();
    const view = renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} {...spies} />);
    await screen.findByRole('dialog');
    act(() => view.unmount());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(plaid.destroyed).toBe(plaid.created);
    expect(spies.onExit).not.toHaveBeenCalled();
  });
});
