import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ExchangeSessionProvider, useLinkedAccounts, useRemoveLinkedFundingSource } from '../../src';
import { linkedAccountsQueryKey } from '../../src/core';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';
import { linkedAccountsHandlers, type LinkedAccountsRequest } from '../../src/testing/linked-accounts-handlers';
import { server } from '../setup/msw-server';

const [active, reconnect] = fakeLinkedAccounts;
const source = active!.fundingSources[0]!;

function serve(basePath?: string) {
  const requests: LinkedAccountsRequest[] = [];
  server.use(...linkedAccountsHandlers({ ...(basePath && { basePath }), onRequest: (request) => void requests.push(request) }));
  return requests;
}

/** StrictMode, the app's client, and a provider naming another backend. */
function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <StrictMode>
      <QueryClientProvider client={client}>
        <ExchangeSessionProvider backend={{ basePath: '/backend' }}>{children}</ExchangeSessionProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

describe('useLinkedAccounts', () => {
  it('reads the list through the provider’s backend, once under StrictMode (none sent and aborted), into the app’s client', async () => {
    const requests = serve('/backend');
    // Every fetch that leaves, even one aborted before the handler answers it.
    const sent: string[] = [];
    const onStart = ({ request }: { request: Request }) => void sent.push(new URL(request.url).pathname);
    server.events.on('request:start', onStart);
    onTestFinished(() => server.events.removeListener('request:start', onStart));
    const client = new QueryClient();
    const { result } = renderHook(() => useLinkedAccounts(), { wrapper: wrapper(client) });
    await waitFor(() => expect(result.current.data).toEqual(fakeLinkedAccounts));
    expect([requests, sent, result.current.error]).toEqual([[{ route: 'linked' }], ['/backend/linked'], null]);
    expect(client.getQueryData(linkedAccountsQueryKey)).toBe(result.current.data);
  });

  it('gives a failure as a typed error, after retrying a server error', async () => {
    let answers = 0;
    server.use(http.get('/backend/linked', () => (answers++, HttpResponse.json({ code: 'BadGateway', message: 'Dwolla failed.' }, { status: 502 }))));
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
    const { result } = renderHook(() => useLinkedAccounts(), { wrapper: wrapper(client) });
    await waitFor(() => expect(result.current.error?.code).toBe('server'));
    expect([answers, result.current.error?.dwolla?.code]).toEqual([4, 'BadGateway']);
  });
});

describe('useRemoveLinkedFundingSource', () => {
  it('removes one funding source; the cached list shows it removed at once and is read again', async () => {
    const requests = serve('/backend');
    // The list read again is held: the cache shows the removal before it comes.
    let reads = 0;
    let releaseRead: () => void = () => undefined;
    server.use(http.get('/backend/linked', () => (++reads === 1 ? undefined : new Promise<undefined>((resolve) => (releaseRead = () => resolve(undefined))))));
    const client = new QueryClient();
    const { result } = renderHook(() => ({ list: useLinkedAccounts(), remove: useRemoveLinkedFundingSource() }), { wrapper: wrapper(client) });
    await waitFor(() => expect(result.current.list.data).toHaveLength(fakeLinkedAccounts.length));
    let answer: unknown;
    await act(async () => {
      answer = await result.current.remove.mutateAsync(source.id);
    });
    expect(answer).toEqual({ fundingSourceUrl: source.url, removed: true });
    expect(client.getQueryData(linkedAccountsQueryKey)?.[0]?.fundingSources).toEqual([{ ...source, removed: true }]);
    expect(client.getQueryData(linkedAccountsQueryKey)?.slice(1)).toEqual(fakeLinkedAccounts.slice(1));
    await waitFor(() => expect(reads).toBe(2));
    releaseRead();
    await waitFor(() => expect(requests).toEqual([{ route: 'linked' }, { route: 'removeLinked', fundingSourceId: source.id }, { route: 'linked' }]));
  });

  it('a refused removal is a typed error, changes nothing in the cache, and has the list read again', async () => {
    const requests = serve('/backend');
    server.use(http.post('/backend/linked/:id/remove', () => HttpResponse.json({ code: 'Forbidden', message: 'Not yours.' }, { status: 403 })));
    const client = new QueryClient();
    const { result } = renderHook(() => ({ list: useLinkedAccounts(), remove: useRemoveLinkedFundingSource() }), { wrapper: wrapper(client) });
    await waitFor(() => expect(result.current.list.data).toBeDefined());
    act(() => result.current.remove.mutate(reconnect!.fundingSources[0]!.id));
    await waitFor(() => expect(result.current.remove.error?.code).toBe('forbidden'));
    expect(client.getQueryData(linkedAccountsQueryKey)).toEqual(fakeLinkedAccounts);
    await waitFor(() => expect(requests).toEqual([{ route: 'linked' }, { route: 'linked' }]));
  });
});
