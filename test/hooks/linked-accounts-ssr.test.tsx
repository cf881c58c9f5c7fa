// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, onTestFinished } from 'vitest';
import { LinkedAccounts } from '../../src';
import { linkedAccountsQueryOptions } from '../../src/core';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';

describe('<LinkedAccounts> on the server', () => {
  it('renders its loading state without a window and without fetching', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<LinkedAccounts />);
    expect(html).toContain('data-status="loading"');
    expect(html).toContain('Loading your linked accounts…');
  });

  it.each(['UTC', 'Pacific/Auckland', 'America/Los_Angeles'])('renders a list prefetched into the app’s client, its dates the same in any time zone (%s)', async (zone) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    onTestFinished(() => {
      process.env.TZ = before;
    });
    const client = new QueryClient();
    const late = { ...fakeLinkedAccounts[0]!, created: '2026-05-02T23:30:00.000Z' };
    const early = { ...fakeLinkedAccounts[1]!, created: '2026-04-18T00:30:00.000Z' };
    await client.prefetchQuery(linkedAccountsQueryOptions({ linked: async () => ({ accounts: [late, early] }) }));
    const html = renderToString(
      <QueryClientProvider client={client}>
        <LinkedAccounts />
      </QueryClientProvider>,
    );
    expect(html).toContain('aria-label="Linked accounts"');
    expect(html.match(/data-part="linked-account"/g)).toHaveLength(2);
    expect([html.includes('Checking · Linked through Plaid on May 2, 2026'), html.includes('Savings · Linked through Plaid on Apr 18, 2026')]).toEqual([true, true]);
  });
});
