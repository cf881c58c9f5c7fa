// #23 fault injection: a completion driven through what React and the network do to it (an
// unmount mid-post, a Suspense boundary hiding and revealing it, a remount, an answer dropped on
// the way back), against the real /server handler and a fake Dwolla. One token, one exchange.
import { QueryClient } from '@tanstack/react-query';
import { bypass, http, HttpResponse } from 'msw';
import { Suspense, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, ExchangeSessionProvider, type ExchangeCompletion } from '../../src';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';

const { worker } = startWorker();
const base = '/e2e/exchange-sessions';

/** A promise and the function that settles it: an explicit signal. */
function signal() {
  let give!: () => void;
  const promise = new Promise<void>((resolve) => (give = resolve));
  return { promise, give };
}

/** What the fake Dwolla holds: the exchanges made so far. */
async function dwollaExchanges(): Promise<{ id: string }[]> {
  return (await (await fetch('/e2e/dwolla/exchanges')).json()) as { id: string }[];
}

/**
 * The completion route at the network's edge: each POST counted as it leaves the page, passed to
 * the real backend once `release` is called, and its answer returned, or dropped (`drop`: the
 * backend created the exchange, the page never hears of it).
 */
function watchCompletions({ drop = 0 } = {}) {
  const posts: unknown[] = [];
  const sessions: string[] = [];
  const arrived = signal();
  const released = signal();
  let dropsLeft = drop;
  worker.use(
    http.post(`${base}/:id/exchange`, async ({ request, params }) => {
      sessions.push(String(params.id));
      posts.push(await request.clone().json());
      arrived.give();
      await released.promise;
      const answer = await fetch(bypass(request));
      if (dropsLeft > 0) {
        dropsLeft -= 1;
        return HttpResponse.error();
      }
      return answer;
    }),
  );
  return { posts, sessions, arrived: arrived.promise, release: released.give };
}

/** A launcher that creates a Plaid session and completes it, on `client`, for the test's user. */
function plaidLauncher(client: QueryClient, onComplete: (completion: ExchangeCompletion) => void, sessionId?: string): ReactNode {
  return (
    <ExchangeSessionProvider backend={{ basePath: base, headers: { 'X-Fake-User': 'user-faults' } }} queryClient={client}>
      <ExchangeSessionLauncher source={sessionId ? { sessionId, partner: 'plaid' } : { create: 'plaid' }} complete onComplete={onComplete} />
    </ExchangeSessionProvider>
  );
}

async function linkWithPlaid() {
  await userEvent.click(page.getByRole('button', { name: 'Continue' }));
}

describe('a completion under faults: never two posts for one token', () => {
  it('an unmount mid-post: the post goes on to its end, and the exchange is made once', async () => {
    worker.use(...partnerScriptHandlers());
    const before = (await dwollaExchanges()).length;
    const backend = watchCompletions();
    const onComplete = vi.fn();
    const view = mount(plaidLauncher(new QueryClient(), onComplete));
    await linkWithPlaid();
    await backend.arrived;
    view.unmount();
    backend.release();
    await vi.waitFor(async () => expect((await dwollaExchanges()).length).toBe(before + 1));
    expect(backend.posts).toHaveLength(1);
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('a Suspense boundary hiding and revealing the launcher mid-post: one post, reported once', async () => {
    worker.use(...partnerScriptHandlers());
    const backend = watchCompletions();
    const onComplete = vi.fn();
    const pending: { promise: Promise<void> | undefined } = { promise: undefined };
    const MaySuspend = () => {
      if (pending.promise) throw pending.promise;
      return null;
    };
    let rerender!: (round: number) => void;
    const client = new QueryClient();
    function App() {
      const [round, setRound] = useState(0);
      rerender = (next) => flushSync(() => setRound(next));
      return (
        <Suspense fallback={<p>Waiting for the page…</p>}>
          <MaySuspend key={round} />
          {plaidLauncher(client, onComplete)}
        </Suspense>
      );
    }
    mount(<App />);
    await linkWithPlaid();
    await backend.arrived;
    const revealed = signal();
    pending.promise = revealed.promise;
    rerender(1);
    await expect.element(page.getByText('Waiting for the page…')).toBeVisible();
    pending.promise = undefined;
    revealed.give();
    await expect.element(page.getByText('Waiting for the page…')).not.toBeInTheDocument();
    backend.release();
    await vi.waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    expect(backend.posts).toHaveLength(1);
  });

  it('a remount mid-post: the launcher mounted again follows the post under way, and reports its answer', async () => {
    worker.use(...partnerScriptHandlers());
    const backend = watchCompletions();
    const client = new QueryClient();
    const first = vi.fn();
    const view = mount(plaidLauncher(client, first));
    await linkWithPlaid();
    await backend.arrived;
    const [sessionId] = backend.sessions;
    view.unmount();
    const again = vi.fn();
    mount(plaidLauncher(client, again, sessionId));
    await expect.element(page.getByRole('status')).toHaveTextContent('Linking your account…');
    backend.release();
    await vi.waitFor(() => expect(again).toHaveBeenCalledTimes(1));
    expect(first).not.toHaveBeenCalled();
    expect(backend.posts).toHaveLength(1);
    // Link was not opened again for the spent token.
    expect(page.getByRole('dialog', { name: /Plaid Link/ }).query()).toBeNull();
  });

  it('an answer dropped on the way back: no second post by itself; the user’s "Try again" gets the first exchange back', async () => {
    worker.use(...partnerScriptHandlers());
    const before = await dwollaExchanges();
    const backend = watchCompletions({ drop: 1 });
    backend.release();
    const onComplete = vi.fn();
    mount(plaidLauncher(new QueryClient(), onComplete));
    await linkWithPlaid();
    await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(backend.posts).toHaveLength(1);
    const made = (await dwollaExchanges()).filter(({ id }) => !before.some((old) => old.id === id));
    expect(made).toHaveLength(1);

    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    // The same request, which the server's derived Idempotency-Key makes the same exchange at Dwolla.
    expect(backend.posts).toHaveLength(2);
    expect(backend.posts[1]).toEqual(backend.posts[0]);
    expect(onComplete.mock.calls[0]![0]).toMatchObject({ reauthenticated: false, exchangeUrl: expect.stringMatching(new RegExp(`/exchanges/${made[0]!.id}$`)) });
    expect((await dwollaExchanges()).length).toBe(before.length + 1);
  });
});
