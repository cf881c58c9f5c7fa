// @vitest-environment node
import { QueryClient, QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exchangeSessionQueryOptions, useExchangeSession } from '../../src';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';

function SessionView({ id }: { id: string }) {
  const { data } = useExchangeSession(id);
  return <p>{data ? data.partner : 'Loading'}</p>;
}

describe('server rendering', () => {
  it('renders the pending state without a window and without fetching', () => {
    expect(typeof window).toBe('undefined');
    expect(renderToString(<SessionView id={fixtureSessionIds.plaid} />)).toBe('<p>Loading</p>');
  });

  it('renders a session prefetched into the app’s client, ready to dehydrate', async () => {
    const client = new QueryClient();
    await client.prefetchQuery(
      exchangeSessionQueryOptions(fixtureSessionIds.plaid, { session: async () => exchangeSessionFixture('plaid') }),
    );
    const html = renderToString(
      <QueryClientProvider client={client}>
        <SessionView id={fixtureSessionIds.plaid} />
      </QueryClientProvider>,
    );
    expect(html).toBe('<p>plaid</p>');
    expect(JSON.parse(JSON.stringify(dehydrate(client))).queries[0].state.data.partner).toBe('plaid');
  });
});
