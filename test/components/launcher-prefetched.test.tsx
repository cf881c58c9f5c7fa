import { HydrationBoundary, QueryClient, QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher, exchangeSessionQueryOptions } from '../../src';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath } from '../support/launcher-harness';
import { installPlaidInJsdom } from '../support/partner-fakes';

describe('a session prefetched before the launcher renders', () => {
  it('starts the flow from the hydrated cache without a single session request', async () => {
    // On the server: prefetch with the same query options the hook uses, then dehydrate.
    const serverClient = new QueryClient();
    await serverClient.prefetchQuery(
      exchangeSessionQueryOptions(fixtureSessionIds.plaid, { session: async () => exchangeSessionFixture('plaid') }),
    );
    const state = JSON.parse(JSON.stringify(dehydrate(serverClient)));

    // In the browser: hydrate, render the launcher, count requests to the backend.
    const requests: string[] = [];
    server.use(http.get(`${basePath}/*`, ({ request }) => void requests.push(request.url)));
    const plaid = installPlaidInJsdom();
    render(
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <HydrationBoundary state={state}>
            <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} />
          </HydrationBoundary>
        </QueryClientProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    expect(plaid.opened).toBe(1);
    expect(requests).toEqual([]);
  });

  it('joins a request the app started before rendering (in its route), and sends no second one', async () => {
    const requests: string[] = [];
    server.use(
      http.get(`${basePath}/:id`, ({ request }) => {
        requests.push(new URL(request.url).pathname);
        return HttpResponse.json(exchangeSessionFixture('plaid'));
      }),
    );
    const plaid = installPlaidInJsdom();
    const client = new QueryClient();
    const prefetched = client.prefetchQuery(exchangeSessionQueryOptions(fixtureSessionIds.plaid));
    render(
      <StrictMode>
        <QueryClientProvider client={client}>
          <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} />
        </QueryClientProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('dialog', { name: /Plaid Link/ })).toBeInTheDocument();
    await prefetched;
    expect(plaid.opened).toBe(1);
    expect(requests).toEqual([`${basePath}/${fixtureSessionIds.plaid}`]);
  });
});
