import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { LinkedAccounts, type LinkedAccountActions } from '../../src';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';
import { dwollaErrorFixtures } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { renderStrict } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';
import { reconnectAccount, routes, rowOf, serveLinkedAccounts } from './linked-accounts-harness';

const name = 'Plaid Saving ••1111';
const state = (row: HTMLElement) => row.querySelector('[data-part="linked-account-state"]')?.textContent;

/**
 * Holds the re-authentication session's creation until the returned release is called: Plaid Link,
 * a modal that takes the focus (and the Escape key) once open, stays closed while a test looks at
 * where the view put the focus.
 */
function holdCreation(): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(http.post('/api/exchange-sessions', () => held.then(() => undefined)));
  return release;
}

describe('<LinkedAccounts> Reconnect', () => {
  it('runs a re-authentication of the exchange in place, refreshes the list once done, announces it and gives the focus back to the row', async () => {
    const plaid = installPlaidInJsdom();
    const requests = serveLinkedAccounts();
    // The list read again is held: what the row shows meanwhile is the view's own update.
    let reads = 0;
    let releaseRead: () => void = () => undefined;
    server.use(http.get('/api/exchange-sessions/linked', () => (++reads === 1 ? undefined : new Promise<undefined>((resolve) => (releaseRead = () => resolve(undefined))))));
    const releaseCreation = holdCreation();
    const spies = { onReconnected: vi.fn(), onError: vi.fn() };
    renderStrict(<LinkedAccounts {...spies} />);
    const row = await rowOf(name);
    const reconnect = within(row).getByRole('button', { name: `Reconnect ${name}` });
    expect(reconnect).toHaveAttribute('aria-expanded', 'false');
    expect(reconnect).toHaveAccessibleDescription('Your bank needs you to sign in again before this account can be used.');
    await userEvent.click(reconnect);

    const region = within(row).getByRole('group', { name: `Reconnect ${name}` });
    expect(region).toHaveFocus();
    expect(reconnect).toHaveAttribute('aria-expanded', 'true');
    expect(region.querySelector('[data-part="root"]')).not.toBeNull();
    // The fake Plaid Link, over the page: the user signs in to their bank again.
    releaseCreation();
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(spies.onReconnected).toHaveBeenCalledWith(reconnectAccount));
    expect(spies.onReconnected).toHaveBeenCalledTimes(1);
    expect(within(row).queryByRole('group')).toBeNull();
    expect(state(row)).toBe('Active');
    expect(within(row).queryByRole('button', { name: /^Reconnect/ })).toBeNull();
    expect(row).toHaveFocus();
    expect(screen.getByText(`${name} is reconnected.`)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(reads).toBe(2));
    releaseRead();
    // The backend heard of it (Dwolla sends no webhook when a connection is mended) before the list was read again.
    await waitFor(() => expect(routes(requests)).toEqual(['linked', 'create', 'reconnected', 'linked']));
    expect(state(row)).toBe('Active');
    expect(requests[1]).toEqual({ route: 'create', body: { exchangeId: reconnectAccount.exchangeId } });
    expect(requests[2]).toEqual({ route: 'reconnected', exchangeId: reconnectAccount.exchangeId });
    expect([plaid.opened, spies.onError.mock.calls]).toEqual([1, []]);
  });

  it('Cancel, Escape, or Reconnect pressed again, closes it and gives the focus back to Reconnect; nothing is reconnected', async () => {
    installPlaidInJsdom();
    serveLinkedAccounts();
    holdCreation(); // never released: nothing is reconnected
    const onReconnected = vi.fn();
    renderStrict(<LinkedAccounts onReconnected={onReconnected} />);
    const row = await rowOf(name);
    const reconnect = within(row).getByRole('button', { name: `Reconnect ${name}` });

    await userEvent.click(reconnect);
    await userEvent.click(within(within(row).getByRole('group')).getByRole('button', { name: 'Cancel' }));
    expect([within(row).queryByRole('group'), reconnect.getAttribute('aria-expanded')]).toEqual([null, 'false']);
    expect(reconnect).toHaveFocus();

    await userEvent.click(reconnect);
    expect(within(row).getByRole('group')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(within(row).queryByRole('group')).toBeNull();
    expect(reconnect).toHaveFocus();

    // Reconnect is a disclosure: pressed again, it closes what it opened.
    await userEvent.click(reconnect);
    await userEvent.click(reconnect);
    expect([within(row).queryByRole('group'), reconnect.getAttribute('aria-expanded')]).toEqual([null, 'false']);
    expect(reconnect).toHaveFocus();
    expect([onReconnected.mock.calls, state(row)]).toEqual([[], 'Needs reconnecting']);
  });

  it('stays open while the user signs in, whatever a refresh of the list says meanwhile', async () => {
    installPlaidInJsdom();
    serveLinkedAccounts();
    const onReconnected = vi.fn();
    const { client } = renderStrict(<LinkedAccounts onReconnected={onReconnected} />);
    const row = await rowOf(name);
    await userEvent.click(within(row).getByRole('button', { name: `Reconnect ${name}` }));
    const continueButton = await screen.findByRole('button', { name: 'Continue' });
    // The backend already says active (another tab reconnected it): the list is read again meanwhile.
    server.use(http.get('/api/exchange-sessions/linked', () => HttpResponse.json({ accounts: fakeLinkedAccounts.map((account) => ({ ...account, state: account.state === 'deactivated' ? 'deactivated' : 'active' })) })));
    await client.refetchQueries();
    await waitFor(() => expect(state(row)).toBe('Active'));
    expect(within(row).getByRole('group', { name: `Reconnect ${name}` })).toBeVisible();
    await userEvent.click(continueButton);
    await waitFor(() => expect(onReconnected).toHaveBeenCalledTimes(1));
  });

  it('the launcher’s own error is shown in place and reported to onError', async () => {
    serveLinkedAccounts();
    server.use(http.post('/api/exchange-sessions', () => HttpResponse.json(dwollaErrorFixtures.forbidden, { status: 403 })));
    const onError = vi.fn();
    renderStrict(<LinkedAccounts onError={onError} />);
    const row = await rowOf(name);
    await userEvent.click(within(row).getByRole('button', { name: `Reconnect ${name}` }));
    const alert = await within(within(row).getByRole('group')).findByRole('alert');
    expect(alert.dataset.errorCode).toBe('forbidden');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'forbidden', status: 403 });
  });

  it('an app’s own row opens the same reconnection through its actions; an account in use has no reconnect action', async () => {
    installPlaidInJsdom();
    serveLinkedAccounts();
    holdCreation(); // never released: the test cancels
    const given: Record<string, LinkedAccountActions> = {};
    renderStrict(
      <LinkedAccounts
        renderAccount={(account, actions) => {
          given[account.exchangeId] = actions;
          return actions.reconnect && <button onClick={actions.reconnect}>Sign in to {account.fundingSources[0]?.name}</button>;
        }}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: `Sign in to ${name}` }));
    const row = screen.getByRole('button', { name: `Sign in to ${name}` }).closest('li')!;
    expect([row.dataset.exchangeId, row.dataset.state]).toEqual([reconnectAccount.exchangeId, 'reauthenticationRequired']);
    expect(within(row).getByRole('group', { name: `Reconnect ${name}` })).toHaveFocus();
    expect(Object.values(given).map((actions) => typeof actions.reconnect)).toEqual(['undefined', 'function', 'undefined', 'undefined']);
    // Cancelled: the app's row has no Reconnect of the view's, so the focus goes back to the row.
    await userEvent.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(row).toHaveFocus();
  });
});
