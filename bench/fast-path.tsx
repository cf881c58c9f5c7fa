// One benchmark run per page load (module state and partner globals start fresh each time). The
// network is played outside the page by scripts/bench.mjs, as a real network is: its preview server
// answers the app's backend after D ms, and a local HTTPS server standing in for Plaid's CDN serves
// the script after S ms.
// Query: ?scenario=sequential|launcher|hinted|route|created|backend-only|script-only&launchers=<n>&strict=<0|1>
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { usePlaidLink } from 'react-plaid-link';
import { ExchangeSessionLauncher, exchangeSessionQueryOptions, preloadExchangePartner } from '../src';
import type { FakePlaidLog } from '../src/testing/fake-plaid';
import { fixtureSessionIds } from '../src/testing/fixtures';

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'launcher';
const launchers = Number(params.get('launchers') ?? 1);
const strict = params.get('strict') === '1';
const id = fixtureSessionIds.plaid;
// The library's default route, which the launchers and the prefetch below use with no backend setting.
const endpoint = '/api/exchange-sessions';

const page = window as unknown as { benchCommits: number; benchResult: object; __fakePlaid?: FakePlaidLog };
/** When React first ran the app's component. */
let firstRender: number | undefined;

/** The integration people write by hand today: fetch the session, then mount react-plaid-link. */
function Sequential() {
  const [token, setToken] = useState<string>();
  useEffect(() => {
    void fetch(`${endpoint}/${id}`)
      .then((response) => response.json())
      .then((json: { externalProviderSessionToken: string }) => setToken(json.externalProviderSessionToken));
  }, []);
  return token ? <OpenLink token={token} /> : <p>Loading…</p>;
}

function OpenLink({ token }: { token: string }) {
  const { open, ready } = usePlaidLink({ token, onSuccess: () => {} });
  useEffect(() => {
    if (ready) open();
  }, [ready, open]);
  return null;
}

function App() {
  firstRender ??= performance.now();
  switch (scenario) {
    case 'sequential':
      return <Sequential />;
    case 'hinted':
      return <ExchangeSessionLauncher source={{ sessionId: id, partner: 'plaid' }} />;
    case 'route':
      return <ExchangeSessionLauncher source={{ sessionId: id }} />;
    case 'created':
      // The backend answers the creation with the session itself, or with its id only (bench.mjs decides).
      return <ExchangeSessionLauncher source={{ create: 'plaid' }} />;
    default:
      return (
        <>
          {Array.from({ length: launchers }, (_, index) => (
            <ExchangeSessionLauncher key={index} source={{ sessionId: id }} plaid={{ open: index === 0 ? 'auto' : 'button' }} />
          ))}
        </>
      );
  }
}

/** The same run's baselines: one backend request alone, and the partner script alone. */
async function measureBaseline(kind: string): Promise<number> {
  const started = performance.now();
  if (kind === 'backend-only') await (await fetch(`${endpoint}/${id}`)).json();
  else
    await new Promise((resolve) => {
      const script = document.createElement('script');
      script.src = 'https://cdn.plaid.com/link/v2/stable/link-initialize.js';
      script.onload = resolve;
      document.head.append(script);
    });
  return performance.now() - started;
}

const queryClient = new QueryClient();
const tree: ReactNode = (
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>
);

/** When the session request and Plaid's script were sent and answered, in ms from `started`. */
function requestTimes(started: number) {
  const times = (pattern: RegExp) => {
    const entry = performance.getEntriesByType('resource').find((candidate) => pattern.test(candidate.name)) as PerformanceResourceTiming | undefined;
    return entry && { sent: entry.fetchStart - started, answered: entry.responseEnd - started };
  };
  return { session: times(/\/api\/exchange-sessions/), script: times(/link-initialize\.js$/) };
}

/**
 * Mount → the fake Plaid Link's `open()`, with the requests and commits along the way. The app is
 * already running, as when a user's click mounts the launcher: React's own start-up is not timed.
 */
async function measureOpen(root: Root) {
  const commitsBefore = page.benchCommits;
  const started = performance.now();
  // What a router's loader can do before the route renders: both requests start before React runs.
  if (scenario === 'route') {
    void preloadExchangePartner('plaid');
    void queryClient.prefetchQuery(exchangeSessionQueryOptions(id));
  }
  root.render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return new Promise<{ openMs: number; commits: number; timeline: object }>((resolve) => {
    const poll = () => {
      const openedAt = page.__fakePlaid?.openedAt[0];
      if (openedAt === undefined) return void setTimeout(poll, 5);
      // Let the commits that follow the open settle before counting them.
      setTimeout(() => resolve({ openMs: openedAt - started, commits: page.benchCommits - commitsBefore, timeline: { firstRender: firstRender! - started, ...requestTimes(started) } }), 100);
    };
    poll();
  });
}

const baseline = scenario === 'backend-only' || scenario === 'script-only';
// Every scenario starts from a loaded page with React running.
const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(<p>Ready</p>));
await new Promise((resolve) => setTimeout(resolve, 50));
page.benchResult = baseline ? { openMs: await measureBaseline(scenario) } : await measureOpen(root);
