import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { LinkedAccounts } from '../../src';
import { dwollaErrorFixtures } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { renderStrict } from '../support/launcher-harness';
import { activeAccount, cardAccount, deactivatedAccount, routes, rowOf, rows, serveLinkedAccounts } from './linked-accounts-harness';

const card = cardAccount.fundingSources[0]!;
const removeRoute = '/api/exchange-sessions/linked/:id/remove';
const names = async () => (await rows()).map((row) => row.querySelector('[data-part="linked-account-name"]')?.textContent);

/** Opens the confirmation of the card's removal, and returns it. */
async function confirmCard() {
  const row = await rowOf(card.name);
  await userEvent.click(within(row).getByRole('button', { name: `Remove ${card.name}` }));
  return { row, confirm: within(row).getByRole('group', { name: `Remove ${card.name}?` }) };
}

describe('<LinkedAccounts> Remove', () => {
  it('asks first, with Cancel focused; confirmed, removes it once, announces it, moves the focus to the list and refreshes it', async () => {
    const requests = serveLinkedAccounts();
    const onRemoved = vi.fn();
    renderStrict(<LinkedAccounts onRemoved={onRemoved} />);
    const { row, confirm } = await confirmCard();
    expect(confirm).toHaveAccessibleDescription('You will no longer be able to pay or be paid with it. You can link it again later.');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(within(row).getByRole('button', { name: `Remove ${card.name}` })).toHaveAttribute('aria-expanded', 'true');
    expect(routes(requests)).toEqual(['linked']);

    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(onRemoved).toHaveBeenCalledWith({ account: cardAccount, fundingSource: card }));
    expect(row).not.toBeInTheDocument();
    expect(await names()).toEqual(['Plaid Checking ••0000', 'Plaid Saving ••1111', 'MX Bank Checking ••2222']);
    expect(screen.getByRole('list', { name: 'Linked accounts' })).toHaveFocus();
    expect(screen.getByText(`${card.name} was removed.`)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(routes(requests)).toEqual(['linked', 'removeLinked', 'linked']));
    expect([requests[1], onRemoved.mock.calls.length]).toEqual([{ route: 'removeLinked', fundingSourceId: card.id }, 1]);
  });

  it('Cancel, Escape, or Remove pressed again, closes it and gives the focus back to Remove; nothing is sent', async () => {
    const requests = serveLinkedAccounts();
    renderStrict(<LinkedAccounts />);
    const { row, confirm } = await confirmCard();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    const remove = within(row).getByRole('button', { name: `Remove ${card.name}` });
    expect([within(row).queryByRole('group'), remove.getAttribute('aria-expanded')]).toEqual([null, 'false']);
    expect(remove).toHaveFocus();

    await userEvent.click(remove);
    await userEvent.keyboard('{Escape}');
    expect(within(row).queryByRole('group')).toBeNull();
    expect(remove).toHaveFocus();

    // Remove is a disclosure: pressed again, it closes the confirmation.
    await userEvent.click(remove);
    await userEvent.click(remove);
    expect([within(row).queryByRole('group'), remove.getAttribute('aria-expanded')]).toEqual([null, 'false']);
    expect(routes(requests)).toEqual(['linked']);
  });

  it('while the removal is on its way: busy, its buttons keep the focus and do nothing, no other panel opens', async () => {
    let release: () => void = () => undefined;
    let posts = 0;
    const requests = serveLinkedAccounts();
    server.use(http.post(removeRoute, () => (posts++, new Promise<undefined>((resolve) => (release = () => resolve(undefined))))));
    renderStrict(<LinkedAccounts />);
    const { row, confirm } = await confirmCard();
    const yes = within(confirm).getByRole('button', { name: 'Yes, remove' });
    await userEvent.click(yes);
    expect(await within(confirm).findByText('Removing…')).toBeVisible();
    expect([yes, within(confirm).getByRole('button', { name: 'Cancel' })].map((button) => button.getAttribute('aria-disabled'))).toEqual(['true', 'true']);
    expect(yes).toHaveFocus();
    await userEvent.click(yes);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(await rowOf(activeAccount.fundingSources[0]!.name)).getByRole('button', { name: /^Remove/ }));
    expect(within(row).getByRole('group')).toBe(confirm);
    expect(screen.getAllByRole('group')).toHaveLength(1);

    release();
    await waitFor(() => expect(row).not.toBeInTheDocument());
    expect([posts, routes(requests).filter((route) => route === 'removeLinked').length]).toEqual([1, 1]);
  });

  it.each([
    [502, dwollaErrorFixtures.server, 'server', 'Check your connection, then try again.'],
    [404, dwollaErrorFixtures.notFound, 'notFound', 'It may have been removed already: the list is up to date.'],
  ] as const)('answered %i: says so in the confirmation, reports it, reads the list again; "Yes, remove" tries again', async (status, body, code, hint) => {
    let failures = 1;
    const requests = serveLinkedAccounts();
    server.use(http.post(removeRoute, () => (failures-- > 0 ? HttpResponse.json(body, { status }) : undefined)));
    const onError = vi.fn();
    renderStrict(<LinkedAccounts onError={onError} />);
    const { row, confirm } = await confirmCard();
    const yes = within(confirm).getByRole('button', { name: 'Yes, remove' });
    await userEvent.click(yes);
    const alert = await within(confirm).findByRole('alert');
    expect([alert.dataset.errorCode, alert.textContent]).toEqual([code, `We could not remove ${card.name}.${hint}`]);
    expect(yes).toHaveFocus();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code, status });
    await waitFor(() => expect(routes(requests)).toEqual(['linked', 'linked']));

    await userEvent.click(yes);
    await waitFor(() => expect(row).not.toBeInTheDocument());
  });

  it('several funding sources: each its own Remove and confirmation; the account stays without the removed one, and takes the focus', async () => {
    const second = { ...deactivatedAccount.fundingSources[0]!, id: 'fa4e0005-0000-4000-8000-0000000000f9', name: 'MX Bank Savings ••3333' };
    serveLinkedAccounts({ accounts: [{ ...deactivatedAccount, fundingSources: [...deactivatedAccount.fundingSources, second] }] });
    renderStrict(<LinkedAccounts />);
    const [row] = await rows();
    // The first's confirmation gives way to the second's.
    await userEvent.click(within(row!).getByRole('button', { name: 'Remove MX Bank Checking ••2222' }));
    await userEvent.click(within(row!).getByRole('button', { name: `Remove ${second.name}` }));
    const expanded = within(row!).getAllByRole('button', { name: /^Remove / }).map((button) => button.getAttribute('aria-expanded'));
    expect(expanded).toEqual(['false', 'true']);
    // Cancelled, the focus goes back to the button that opened it, not to the first Remove.
    await userEvent.click(within(within(row!).getByRole('group', { name: `Remove ${second.name}?` })).getByRole('button', { name: 'Cancel' }));
    expect(within(row!).getByRole('button', { name: `Remove ${second.name}` })).toHaveFocus();
    await userEvent.click(within(row!).getByRole('button', { name: `Remove ${second.name}` }));
    await userEvent.click(within(row!).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(row!.querySelector('[data-part="linked-account-name"]')?.textContent).toBe('MX Bank Checking ••2222'));
    expect(row).toHaveFocus();
    expect(within(row!).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['Remove MX Bank Checking ••2222']);
  });

  it('an app’s own row asks for the same confirmation through its actions', async () => {
    const requests = serveLinkedAccounts();
    renderStrict(<LinkedAccounts renderAccount={(account, actions) => <button onClick={() => actions.remove(account.fundingSources[0]!.id)}>Delete {account.exchangeId}</button>} />);
    await userEvent.click(await screen.findByRole('button', { name: `Delete ${cardAccount.exchangeId}` }));
    const confirm = screen.getByRole('group', { name: `Remove ${card.name}?` });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: `Delete ${cardAccount.exchangeId}` })).toBeNull());
    expect(requests[1]).toEqual({ route: 'removeLinked', fundingSourceId: card.id });
  });
});
