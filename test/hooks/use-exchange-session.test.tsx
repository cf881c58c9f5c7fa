import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionProvider, useExchangeSession, type UseExchangeSessionOptions } from '../../src';
import { exchangeSessionFixture } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';

const endpoint = '/api/exchange-sessions';
let nextId = 0;

/** A fresh session id per test: the library's own client lives as long as the test file. */
function serveSession(answers: Array<() => Response> = [() => HttpResponse.json(exchangeSessionFixture('plaid', { id }))], id = `hook-${++nextId}`) {
  const requests: Request[] = [];
  server.use(
    http.get(`${endpoint}/${id}`, ({ request }) => {
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
        <Session id={id} options={{ endpoint }} />
        <Session id={id} options={{ endpoint }} />
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
        <Session id={id} options={{ endpoint }} />
        <Session id={id} options={{ endpoint }} />
      </>,
    );
    expect(await screen.findAllByText(/^link-sandbox-/)).toHaveLength(2);
    expect(requests).toHaveLength(1);
  });

  it('makes one request under StrictMode', async () => {
    const { id, requests } = serveSession();
    render(
      <StrictMode>
        <Session id={id} options={{ endpoint }} />
      </StrictMode>,
      { wrapper: withClient(fastRetries()) },
    );
    await screen.findByText(/^link-sandbox-/);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    const { id, requests } = serveSession([() => HttpResponse.json({ code: 'NotFound', message: 'gone' }, { status: 404 })]);
    render(<Session id={id} options={{ endpoint }} />, { wrapper: withClient(fastRetries()) });
    // A query shows its error only once its retries are spent: any retry would be counted by now.
    expect(await screen.findByRole('alert')).toHaveTextContent('notFound');
    expect(requests).toHaveLength(1);
  });

  it('retries a 503 with backoff, then succeeds', async () => {
    const { id, requests } = serveSession([
      () => HttpResponse.json({ code: 'ServerError', message: 'busy' }, { status: 503 }),
      () => HttpResponse.json(exchangeSessionFixture('mx', { id })),
    ]);
    render(<Session id={id} options={{ endpoint }} />, { wrapper: withClient(fastRetries()) });
    expect(await screen.findByText('mx')).toBeInTheDocument();
    expect(requests).toHaveLength(2);
  });

  it('gives up on a lasting network failure after three retries', async () => {
    const { id, requests } = serveSession([() => HttpResponse.error()]);
    render(<Session id={id} options={{ endpoint }} />, { wrapper: withClient(fastRetries()) });
    expect(await screen.findByRole('alert')).toHaveTextContent('network');
    expect(requests).toHaveLength(4);
  });

  it('reads the endpoint and headers from ExchangeSessionProvider; hook options win', async () => {
    const { id, requests } = serveSession();
    const client = fastRetries();
    render(
      <ExchangeSessionProvider endpoint="/nowhere" headers={{ 'X-From': 'provider' }} queryClient={client}>
        <Session id={id} options={{ endpoint }} />
      </ExchangeSessionProvider>,
    );
    await screen.findByText(/^link-sandbox-/);
    expect(requests[0]?.headers.get('x-from')).toBe('provider');
    expect(client.getQueryCache().find({ queryKey: ['dwolla-exchange-session', id] })).toBeDefined();
  });

  it('lets a nested provider inherit what it does not set', async () => {
    const { id, requests } = serveSession();
    render(
      <ExchangeSessionProvider endpoint={endpoint} headers={{ 'X-From': 'outer' }}>
        <ExchangeSessionProvider mx={{ mode: 'embed' }}>
          <Session id={id} />
        </ExchangeSessionProvider>
      </ExchangeSessionProvider>,
      { wrapper: withClient(fastRetries()) },
    );
    await screen.findByText(/^link-sandbox-/);
    expect(requests[0]?.headers.get('x-from')).toBe('outer');
  });

  it('prefers the queryClient option over the app’s QueryClientProvider', async () => {
    const { id } = serveSession();
    const own = fastRetries();
    const app = fastRetries();
    render(<Session id={id} options={{ endpoint, queryClient: own }} />, { wrapper: withClient(app) });
    await screen.findByText(/^link-sandbox-/);
    expect(own.getQueryData(['dwolla-exchange-session', id])).toBeDefined();
    expect(app.getQueryData(['dwolla-exchange-session', id])).toBeUndefined();
  });

  it('fetches nothing while the id is empty or enabled is false', async () => {
    const { id, requests } = serveSession();
    const client = fastRetries();
    render(
      <>
        <Session id="" options={{ endpoint }} />
        <Session id={id} options={{ endpoint, enabled: false }} />
      </>,
      { wrapper: withClient(client) },
    );
    // render() has run every effect, where a request would start: none is under way, none was sent.
    expect(client.isFetching()).toBe(0);
    expect(client.getQueryState(['dwolla-exchange-session', id])?.dataUpdateCount ?? 0).toBe(0);
    expect(screen.getAllByText('pending')).toHaveLength(2);
    expect(requests).toHaveLength(0);
  });

  it('reports a missing endpoint as a configuration error', async () => {
    render(<Session id="no-endpoint" />, { wrapper: withClient(fastRetries()) });
    expect(await screen.findByRole('alert')).toHaveTextContent('configuration');
  });

  it('shares the cache entry between the id and its Dwolla resource URL', async () => {
    const { id, requests } = serveSession();
    render(
      <>
        <Session id={id} options={{ endpoint }} />
        <Session id={`https://api.dwolla.com/exchange-sessions/${id}`} options={{ endpoint }} />
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
      http.get(`${endpoint}/${id}`, ({ request }) => {
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
    const { unmount } = render(<Session id={id} options={{ endpoint }} />, { wrapper: withClient(client) });
    await requestStarted;
    unmount();
    await waitFor(() => expect(aborted).toEqual([true]));
  });
});
