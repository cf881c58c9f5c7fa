import type { QueryFunctionContext } from '@tanstack/react-query';

/** A signal for one fetch of a query, and what to call once the fetch settles. */
export interface ObservedSignal {
  signal: AbortSignal;
  release: () => void;
}

/**
 * A signal that follows TanStack's own only from a microtask after the query has an observer.
 *
 * TanStack aborts a fetch whose signal was read as soon as its last observer unsubscribes. Read at
 * once, that would abort a fetch started before its component subscribed (a prefetch in the
 * commit), and the one StrictMode's simulated unmount interrupts, synchronously, right after the
 * first subscription: each would be sent twice. Followed from a microtask after an observer
 * joined, the request lives through both, while the real unmount of its last component still
 * aborts it. A fetch no component ever observes (a prefetch) is never aborted, as TanStack's own.
 */
export function observedSignal(context: QueryFunctionContext): ObservedSignal {
  const controller = new AbortController();
  const follow = () => {
    // Reading `signal` is what tells TanStack the fetch can be aborted.
    const { signal } = context;
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  };
  const cache = context.client.getQueryCache();
  const query = cache.find({ queryKey: context.queryKey, exact: true });
  if (!query || query.getObserversCount() > 0) {
    queueMicrotask(follow);
    return { signal: controller.signal, release: () => undefined };
  }
  const release = cache.subscribe((event) => {
    if (event.type !== 'observerAdded' || event.query !== query) return;
    release();
    queueMicrotask(follow);
  });
  return { signal: controller.signal, release };
}
