import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionProvider, useExchangeSession, type UseExchangeSessionOptions } from '../../src';
import { exchangeSessionFixture } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';

const basePath = '/api/exchange-sessions';
let nextId = 0;

/** A fresh session id per test: the library's own client lives as long as the test file. */
function serveSession(answers: Array<() => Response> = [() => HttpResponse.json(exchangeSessionFixture('plaid', { id }))], id = `hook-${++nextId}`) {
  const requests: Request[] = [];
  server.use(
    http.get(`${basePath}/${id}`, ({ request }) => {
      requests.push(request);
      const next = answers[Math.min(requests.length, answers.length) - 1]!;
      return next();
    }),
  );
  return { id, requests };
}

function Session({ id, options }: { id: string; options?: UseExchangeSessionOptions }) {
  const { data, error, status } = useExchangeSession(id, options);
  if (error) return <p role="alert">{error.code}</p>;
  if (!data) return <p aria-busy="true">{status}</p>;
  return <p>{data.partner === 'plaid' ? data.linkToken : data.partner}</p>;
}

function withClient(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const fastRetries = () => new QueryClient({ defaultOptions: { queries: { retryDelay: 5 } } });

describe('useExchangeSession', () => {
  it('makes one request for two components that use the same id, in the app’s client', async () => {
    const { id, requests } = serveSession();
    const client = fastRetries();
    render(
      <>
        <Session id={id} />
        <Session id={id} />
      </>,
      { wrapper: withClient(client) },
    );
    expect(await screen.findAllByText(/^link-sandbox-/)).toHaveLength(2);
    expect(requests).toHaveLength(1);
    expect(client.getQueryData(['dwolla-exchange-session', id])).toMatchObject({ partner: 'plaid', id });
  });

  it('works without a QueryClientProvider, sharing the library’s own client', async () => {
    const { id, requests } = serveSession();
    render(
      <>
        <Session id={id} />
        <Session id={id} />
      </>,
    );
    expect(await screen.findAllByText(/^link-sandbox-/)).toHaveLength(2);
    expect(requests).toHaveLength(1);
  });

  it('makes one request under StrictMode', async () => {
    const { id, requests } = serveSession();
    render(
      <StrictMode>
        <Session id={id} />
      </StrictMode>,
      { wrapper: withClient(fastRetries()) },
    );
    await screen.findByText(/^link-sandbox-/);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    const { id, requests } = serveSession([() => HttpResponse.json({ code: 'NotFound', message: 'gone' }, { status: 404 })]);
    render(<Session id={id} />, { wrapper: withClient(fastRetries()) });
    // A query shows its error only once its retries are spent: any retry would be counted by now.
    expect(await screen.findByRole('alert')).toHaveTextContent('notFound');
    expect(requests).toHaveLength(1);
  });

  it('retries a 503 with backoff, then succeeds', async () => {
    const { id, requests } = serveSession([
      () => HttpResponse.json({ code: 'ServerError', message: 'busy' }, { status: 503 }),
      () => HttpResponse.json(exchangeSessionFixture('mx', { id })),
    ]);
    render(<Session id={id} />, { wrapper: withClient(fastRetries()) });
    expect(await screen.findByText('mx')).toBeInTheDocument();
    expect(requests).toHaveLength(2);
  });

  it('gives up on a lasting network failure after three retries', async () => {
    const { id, requests } = serveSession([() => HttpResponse.error()]);
    render(<Session id={id} />, { wrapper: withClient(fastRetries()) });
    expect(await screen.findByRole('alert')).toHaveTextContent('network');
    expect(requests).toHaveLength(4);
  });

  it('reads the backend and the query client from ExchangeSessionProvider', async () => {
    const { id, requests } = serveSession();
    const client = fastRetries();
    render(
      <ExchangeSessionProvider backend={{ basePath, headers: { 'X-From': 'provider' } }} queryClient={client}>
        <Session id={id} />
      </ExchangeSessionProvider>,
    );
    await screen.findByText(/^link-sandbox-/);
    expect(requests[0]?.headers.get('x-from')).toBe('provider');
    expect(client.getQueryCache().find({ queryKey: ['dwolla-exchange-session', id] })).toBeDefined();
  });

  it('lets a nested provider inherit what it does not set', async () => {
    const { id, requests } = serveSession();
    render(
      <ExchangeSessionProvider backend={{ headers: { 'X-From': 'outer' } }}>
        <ExchangeSessionProvider mx={{ mode: 'embed' }}>
          <Session id={id} />
        </ExchangeSessionProvider>
      </ExchangeSessionProvider>,
      { wrapper: withClient(fastRetries()) },
    );
    await screen.findByText(/^link-sandbox-/);
    expect(requests[0]?.headers.get('x-from')).toBe('outer');
  });

  it('prefers the provider’s queryClient over the app’s QueryClientProvider', async () => {
    const { id } = serveSession();
    const own = fastRetries();
    const app = fastRetries();
    render(
      <ExchangeSessionProvider queryClient={own}>
        <Session id={id} />
      </ExchangeSessionProvider>,
      { wrapper: withClient(app) },
    );
    await screen.findByText(/^link-sandbox-/);
    expect(own.getQueryData(['dwolla-exchange-session', id])).toBeDefined();
    expect(app.getQueryData(['dwolla-exchange-session', id])).toBeUndefined();
  });

  it('fetches nothing while the id is empty or enabled is false', async () => {
    const { id, requests } = serveSession();
    const client = fastRetries();
    render(
      <>
        <Session id="" />
        <Session id={id} options={{ enabled: false }} />
      </>,
      { wrapper: withClient(client) },
    );
    // render() has run every effect, where a request would start: none is under way, none was sent.
    expect(client.isFetching()).toBe(0);
    expect(client.getQueryState(['dwolla-exchange-session', id])?.dataUpdateCount ?? 0).toBe(0);
    expect(screen.getAllByText('pending')).toHaveLength(2);
    expect(requests).toHaveLength(0);
  });

  // 0.1 had no default route (a configuration error without `endpoint`); a provider's own session function replaces it.
  it('reads the session from the provider’s backend.session function, with the id and a signal, and sends no request', async () => {
    const { id, requests } = serveSession();
    const calls: Array<[string, AbortSignal]> = [];
    const session = async (sessionId: string, { signal }: { signal: AbortSignal }) => {
      calls.push([sessionId, signal]);
      return exchangeSessionFixture('mx', { id: sessionId });
    };
    render(
      <ExchangeSessionProvider backend={{ session }}>
        <Session id={id} />
      </ExchangeSessionProvider>,
      { wrapper: withClient(fastRetries()) },
    );
    expect(await screen.findByText('mx')).toBeInTheDocument();
    expect(calls.map(([sessionId]) => sessionId)).toEqual([id]);
    expect(calls[0]![1]).toBeInstanceOf(AbortSignal);
    expect(requests).toHaveLength(0);
  });

  it('shares the cache entry between the id and its Dwolla resource URL', async () => {
    const { id, requests } = serveSession();
    render(
      <>
        <Session id={id} />
        <Session id={`https://api.dwolla.com/exchange-sessions/${id}`} />
      </>,
      { wrapper: withClient(fastRetries()) },
    );
    expect(await screen.findAllByText(/^link-sandbox-/)).toHaveLength(2);
    expect(requests).toHaveLength(1);
  });

  it('aborts the request when the last component using it unmounts', async () => {
    const aborted: boolean[] = [];
    const id = `hook-${++nextId}`;
    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    server.use(
      http.get(`${basePath}/${id}`, ({ request }) => {
        started();
        return new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => {
            aborted.push(true);
            resolve(HttpResponse.error());
          });
        });
      }),
    );
    const client = fastRetries();
    const { unmount } = render(<Session id={id} />, { wrapper: withClient(client) });
    await requestStarted;
    unmount();
    await waitFor(() => expect(aborted).toEqual([true]));
  });
});
