import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeConnectionPicker } from '../../src';
import { fakeAvailableConnections } from '../../src/testing/fake-journey-values';
import { server } from '../setup/msw-server';
import { renderStrict } from '../support/launcher-harness';

const route = '/api/exchange-sessions/:id/available-connections';

describe('<ExchangeConnectionPicker>', () => {
  it('is a labelled radio group; confirming without a choice says so, and confirms the choice once made', async () => {
    server.use(http.get(route, () => HttpResponse.json({ connections: fakeAvailableConnections })));
    const onSelect = vi.fn();
    renderStrict(<ExchangeConnectionPicker sessionId="mx-1" onSelect={onSelect} messages={{ pickerLegend: "Pay from", pickerSubmit: "Use account" }} />);
    expect(await screen.findByRole('group', { name: 'Pay from' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    const confirm = screen.getByRole('button', { name: 'Use account' });
    // Pressed before a choice: it stays enabled and says what is missing, on the group, with the focus on its first account.
    await userEvent.click(confirm);
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Pay from' })).toHaveAccessibleDescription('You connected 2 accounts. Choose an account to link.');
    expect(screen.getByRole('radio', { name: 'MX Bank Checking ••1111' })).toHaveFocus();
    await userEvent.click(screen.getByRole('radio', { name: 'MX Bank Savings ••2222' }));
    expect(screen.getByRole('group', { name: 'Pay from' })).toHaveAccessibleDescription('You connected 2 accounts.');
    await userEvent.click(confirm);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(fakeAvailableConnections[1]);
  });

  it('is disabled and announces progress while busy', async () => {
    server.use(http.get(route, () => HttpResponse.json({ connections: fakeAvailableConnections })));
    renderStrict(<ExchangeConnectionPicker sessionId="mx-1" onSelect={() => {}} busy />);
    expect(await screen.findByRole('group')).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Linking your account…');
    expect(screen.getByRole('button', { name: 'Link account' })).toBeDisabled();
  });

  it('says when MX has no account yet, and checks again on request', async () => {
    let answers = 0;
    server.use(http.get(route, () => HttpResponse.json({ connections: ++answers === 1 ? [] : fakeAvailableConnections })));
    renderStrict(<ExchangeConnectionPicker sessionId="mx-1" onSelect={() => {}} />);
    expect((await screen.findByText('We found no connected accounts yet.')).closest('[role="status"]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('group')).toBeInTheDocument();
    expect(answers).toBe(2);
  });

  it('shows a typed error with "Try again"', async () => {
    let answers = 0;
    server.use(http.get(route, () => (++answers === 1 ? HttpResponse.json({ code: 'Forbidden', message: 'No.' }, { status: 403 }) : HttpResponse.json({ connections: fakeAvailableConnections }))));
    renderStrict(<ExchangeConnectionPicker sessionId="mx-1" onSelect={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'forbidden');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(2));
  });
});
