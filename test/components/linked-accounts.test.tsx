import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { LinkedAccounts } from '../../src';
import { dwollaErrorFixtures } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { renderStrict } from '../support/launcher-harness';
import { activeAccount, cardAccount, deactivatedAccount, reconnectAccount, routes, rowOf, rows, serveLinkedAccounts } from './linked-accounts-harness';

const listRoute = '/api/exchange-sessions/linked';

/** What a row says, part by part. */
function rowText(row: HTMLElement) {
  const part = (name: string) => row.querySelector(`[data-part="${name}"]`)?.textContent ?? null;
  const buttons = within(row).queryAllByRole('button').map((button) => `${button.textContent ?? ''} (${button.getAttribute('aria-label') ?? ''})`);
  return { name: part('linked-account-name'), state: part('linked-account-state'), details: part('linked-account-details'), hint: part('linked-account-hint'), buttons };
}

describe('<LinkedAccounts>', () => {
  it('lists the accounts newest first, each with its state in words, and only the actions it allows; one request under StrictMode', async () => {
    const requests = serveLinkedAccounts();
    const { container } = renderStrict(<LinkedAccounts />);
    const list = await rows();
    expect(list.map(rowText)).toEqual([
      { name: 'Plaid Checking ••0000', state: 'Active', details: 'Checking · Linked through Plaid on May 2, 2026', hint: null, buttons: ['Remove (Remove Plaid Checking ••0000)'] },
      {
        name: 'Plaid Saving ••1111',
        state: 'Needs reconnecting',
        details: 'Savings · Linked through Plaid on Apr 18, 2026',
        hint: 'Your bank needs you to sign in again before this account can be used.',
        buttons: ['Reconnect (Reconnect Plaid Saving ••1111)', 'Remove (Remove Plaid Saving ••1111)'],
      },
      { name: 'Visa Debit ••4242', state: 'Active', details: 'Debit card · Linked through Checkout.com on Mar 9, 2026', hint: null, buttons: ['Remove (Remove Visa Debit ••4242)'] },
      {
        name: 'MX Bank Checking ••2222',
        state: 'Deactivated',
        details: 'Bank account · Linked through MX on Nov 20, 2025',
        hint: 'This account can no longer be used. Link it again to use it.',
        buttons: ['Remove (Remove MX Bank Checking ••2222)'],
      },
    ]);
    expect(list.map((row) => [row.dataset.state, row.dataset.partner])).toEqual([
      ['active', 'plaid'],
      ['reauthenticationRequired', 'plaid'],
      ['active', 'checkout'],
      ['deactivated', 'mx'],
    ]);
    const root = container.querySelector('[data-part="linked-accounts"]');
    expect([root?.className, root?.getAttribute('data-status'), root?.getAttribute('aria-busy')]).toEqual(['dwx dwx-linked-accounts', 'ready', 'false']);
    expect(routes(requests)).toEqual(['linked']);
  });

  it('leaves out an account whose funding sources were all removed; one without any is named after its partner; several are each removable by name', async () => {
    const removed = { ...activeAccount, fundingSources: activeAccount.fundingSources.map((source) => ({ ...source, removed: true })) };
    const bare = { ...cardAccount, partner: 'other' as const, fundingSources: [] };
    const second = { ...deactivatedAccount.fundingSources[0]!, id: 'fa4e0005-0000-4000-8000-0000000000f9', name: 'MX Bank Savings ••3333', bankAccountType: 'savings' as const };
    const two = { ...deactivatedAccount, fundingSources: [...deactivatedAccount.fundingSources, second] };
    serveLinkedAccounts({ accounts: [removed, bare, two] });
    renderStrict(<LinkedAccounts />);
    expect((await rows()).map(rowText)).toEqual([
      { name: 'another provider account', state: 'Active', details: 'Linked through another provider on Mar 9, 2026', hint: null, buttons: [] },
      {
        name: 'MX Bank Checking ••2222, MX Bank Savings ••3333',
        state: 'Deactivated',
        details: 'Bank account · Linked through MX on Nov 20, 2025',
        hint: 'This account can no longer be used. Link it again to use it.',
        buttons: ['Remove MX Bank Checking ••2222 ()', 'Remove MX Bank Savings ••3333 ()'],
      },
    ]);
  });

  it('offers no Reconnect for an account of a partner the launcher does not run', async () => {
    serveLinkedAccounts({ accounts: [{ ...reconnectAccount, partner: 'other' }] });
    renderStrict(<LinkedAccounts />);
    expect(rowText(await rowOf('Plaid Saving ••1111'))).toMatchObject({ state: 'Needs reconnecting', buttons: ['Remove (Remove Plaid Saving ••1111)'] });
  });

  it('shows a busy loading state until the list comes, then the empty state', async () => {
    let answer: (response: Response) => void = () => undefined;
    server.use(http.get(listRoute, () => new Promise<Response>((resolve) => (answer = resolve))));
    const { container } = renderStrict(<LinkedAccounts />);
    expect((await screen.findByText('Loading your linked accounts…')).closest('[role="status"]')).toBeVisible();
    const root = container.querySelector('[data-part="linked-accounts"]')!;
    expect([root.getAttribute('data-status'), root.getAttribute('aria-busy')]).toEqual(['loading', 'true']);
    answer(HttpResponse.json({ accounts: [] }));
    expect(await screen.findByText('You have no linked accounts yet.')).toBeVisible();
    expect([root.getAttribute('data-status'), screen.queryByRole('list')]).toEqual(['empty', null]);
  });

  it.each([
    [403, dwollaErrorFixtures.forbidden, 'forbidden', 'Sign in, then try again.'],
    [404, dwollaErrorFixtures.notFound, 'notFound', 'Try again later, or contact support.'],
  ] as const)('answered %i: says what happened and what to do, and reports it once', async (status, body, code, hint) => {
    server.use(http.get(listRoute, () => HttpResponse.json(body, { status })));
    const onError = vi.fn();
    renderStrict(<LinkedAccounts onError={onError} />);
    const alert = await screen.findByRole('alert');
    expect([alert.dataset.errorCode, alert.textContent]).toEqual([code, `We could not load your linked accounts.${hint}Try again`]);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toMatchObject({ code, status });
  });

  it('a failing backend is retried, then shown with Try again, which loads the list', async () => {
    let answers = 0;
    const requests = serveLinkedAccounts();
    server.use(http.get(listRoute, () => (++answers <= 4 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 502 }) : undefined)));
    renderStrict(<LinkedAccounts />);
    const retry = await within(await screen.findByRole('alert')).findByRole('button', { name: 'Try again' });
    expect(answers).toBe(4);
    retry.click();
    expect(await rows()).toHaveLength(4);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(routes(requests)).toEqual(['linked']);
  });

  it('an answer it cannot read offers no Try again', async () => {
    server.use(http.get(listRoute, () => HttpResponse.html('<h1>Sign in</h1>')));
    renderStrict(<LinkedAccounts />);
    const alert = await screen.findByRole('alert');
    expect([alert.dataset.errorCode, within(alert).queryByRole('button')]).toEqual(['invalidResponse', null]);
  });

  it('speaks Spanish, its own texts and the launcher’s, with dates in Spanish; a text of the app’s wins', async () => {
    serveLinkedAccounts();
    renderStrict(<LinkedAccounts locale="es-MX" messages={{ linkedStateActive: 'En uso' }} />);
    const row = await rowOf('Plaid Saving ••1111', 'Cuentas vinculadas');
    expect(rowText(row)).toEqual({
      name: 'Plaid Saving ••1111',
      state: 'Requiere reconexión',
      details: 'Ahorros · Vinculada con Plaid el 18 abr 2026',
      hint: 'Tu banco necesita que vuelvas a iniciar sesión para poder usar esta cuenta.',
      buttons: ['Reconectar (Reconectar Plaid Saving ••1111)', 'Eliminar (Eliminar Plaid Saving ••1111)'],
    });
    expect(rowText(await rowOf('Plaid Checking ••0000', 'Cuentas vinculadas')).state).toBe('En uso');
    expect(screen.getByRole('list', { name: 'Cuentas vinculadas' }).closest('[lang]')?.getAttribute('lang')).toBe('es-MX');
  });

  it('reaches the backend the provider names', async () => {
    const requests = serveLinkedAccounts({ basePath: '/backend/links' });
    renderStrict(<LinkedAccounts />, { backend: { basePath: '/backend/links' } });
    expect(await rows()).toHaveLength(4);
    expect(routes(requests)).toEqual(['linked']);
  });
});
