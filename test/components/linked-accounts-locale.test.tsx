// In a file of its own: the Spanish texts must not have loaded yet (each test file has its own modules).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { LinkedAccounts } from '../../src';
import { linkedAccountsQueryKey } from '../../src/core';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';
import { serveLinkedAccounts } from './linked-accounts-harness';

describe('<LinkedAccounts locale="es">', () => {
  it('shows no text and no list until the Spanish texts are here, never English first, even with the list in the cache', async () => {
    serveLinkedAccounts();
    const client = new QueryClient();
    client.setQueryData(linkedAccountsQueryKey, [...fakeLinkedAccounts]);
    const { container } = render(
      <StrictMode>
        <QueryClientProvider client={client}>
          <LinkedAccounts locale="es" />
        </QueryClientProvider>
      </StrictMode>,
    );
    const root = container.querySelector('[data-part="linked-accounts"]')!;
    expect([root.textContent, root.getAttribute('data-status'), root.getAttribute('aria-busy')]).toEqual(['', 'loading', 'true']);
    expect(container.querySelector('[data-part="spinner"]')).not.toBeNull();
    expect(await screen.findByRole('list', { name: 'Cuentas vinculadas' })).toBeVisible();
    expect(root.getAttribute('data-status')).toBe('ready');
  });
});
