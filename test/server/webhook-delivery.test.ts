// Dwolla delivers an event until it gets a 2xx: the webhook route passes each event id to onEvent
// once — deliveries at the same time share one run, later ones are answered from the store — and
// marks it processed only once onEvent resolved, so that a failure is tried again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDwollaWebhookHandler, type DwollaWebhookEvent, type ProcessedEventStore } from '../../src/server';
import { dwollaEvent, webhookRequest, webhookSecret } from './webhook-harness';

const body = JSON.stringify(dwollaEvent('fa4e0006-0000-4000-8000-0000000ee010', 'customer_exchange_reauth_required'));

/** A promise with its resolve and reject: a test's explicit signal. */
function signal() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** A store that records what the handler asked of it, in order, and says when it was first asked. */
function recordingStore(): ProcessedEventStore & { calls: string[]; asked: Promise<void> } {
  const ids = new Set<string>();
  const calls: string[] = [];
  const asked = signal();
  return {
    calls,
    asked: asked.promise,
    has: (id) => (calls.push(`has ${id}`), asked.resolve(), ids.has(id)),
    add: (id) => void (calls.push(`add ${id}`), ids.add(id)),
  };
}

/**
 * Resolves once `count` signature checks have finished and the deliveries have gone on as far as
 * they can: what follows a check (parsing, the once-per-event guard) is microtasks only, all run
 * before the next turn of the event loop.
 */
function afterSignatureChecks(count: number): Promise<void> {
  const verify = crypto.subtle.verify.bind(crypto.subtle);
  const checked = signal();
  let finished = 0;
  vi.spyOn(crypto.subtle, 'verify').mockImplementation(async (...args) => {
    const verdict = await verify(...args);
    finished += 1;
    if (finished === count) checked.resolve();
    return verdict;
  });
  return checked.promise.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
}
afterEach(() => {
  vi.restoreAllMocks();
});

let runs: DwollaWebhookEvent[];
let errors: unknown[];
beforeEach(() => {
  runs = [];
  errors = [];
});

const handlerWith = (onEvent: (event: DwollaWebhookEvent) => void | Promise<void>, processedEvents?: ProcessedEventStore) =>
  createDwollaWebhookHandler({
    secret: webhookSecret,
    onEvent: (event) => {
      runs.push(event);
      return onEvent(event);
    },
    processedEvents,
    onError: (error) => void errors.push(error),
  });

/**
 * Two deliveries of the event at once, `onEvent` held until both have reached the route's
 * once-per-event guard, then settled by `settle`: the route, and the two answers' statuses.
 */
async function twoAtOnce(settle: (held: ReturnType<typeof signal>) => void) {
  const held = signal();
  const handler = handlerWith(() => held.promise);
  const checked = afterSignatureChecks(2);
  const both = [handler(webhookRequest(body)), handler(webhookRequest(body))];
  await checked;
  settle(held);
  return { handler, statuses: (await Promise.all(both)).map(({ status }) => status) };
}

describe('one event, delivered three times', () => {
  it('runs onEvent once: two deliveries at the same time share one run, a later one is answered from the store', async () => {
    const { handler, statuses } = await twoAtOnce((held) => {
      held.resolve();
    });
    const later = await handler(webhookRequest(body));
    expect([...statuses, later.status]).toEqual([200, 200, 200]);
    expect(runs).toHaveLength(1);
    expect(await later.json()).toEqual({ id: 'fa4e0006-0000-4000-8000-0000000ee010' });
  });

  it('marks the event processed only once onEvent resolved, not while it runs', async () => {
    const held = signal();
    const store = recordingStore();
    const handler = handlerWith(() => held.promise, store);
    const first = handler(webhookRequest(body));
    // The store is asked first; while onEvent runs, nothing is added, and a delivery joins the run.
    await store.asked;
    const checked = afterSignatureChecks(1);
    const joined = handler(webhookRequest(body));
    await checked;
    expect(store.calls).toEqual(['has fa4e0006-0000-4000-8000-0000000ee010']);
    held.resolve();
    expect([(await first).status, (await joined).status]).toEqual([200, 200]);
    expect(store.calls).toEqual(['has fa4e0006-0000-4000-8000-0000000ee010', 'add fa4e0006-0000-4000-8000-0000000ee010']);
  });
});

describe('when onEvent throws', () => {
  it('answers 500 (Dwolla delivers again), tells onError, and runs the next delivery', async () => {
    let attempt = 0;
    const handler = handlerWith(() => {
      attempt += 1;
      if (attempt === 1) throw new Error('the database is down');
    });
    const failed = await handler(webhookRequest(body));
    const retried = await handler(webhookRequest(body));
    const again = await handler(webhookRequest(body));
    expect([failed.status, await failed.json(), retried.status, again.status]).toEqual([500, { code: 'ServerError', message: 'A server error occurred.' }, 200, 200]);
    expect(runs).toHaveLength(2);
    expect(errors).toEqual([new Error('the database is down')]);
  });

  it('answers a delivery that joined the failed run with 500 too, and tells onError once', async () => {
    const { statuses } = await twoAtOnce((held) => {
      held.reject(new Error('timeout'));
    });
    expect(statuses).toEqual([500, 500]);
    expect([runs.length, errors.length]).toEqual([1, 1]);
  });
});

describe('a store that fails', () => {
  it('answers 500 when it cannot say whether the event was processed, without running onEvent', async () => {
    const handler = handlerWith(() => undefined, { has: () => Promise.reject(new Error('redis is down')), add: () => undefined });
    expect((await handler(webhookRequest(body))).status).toBe(500);
    expect([runs.length, errors]).toEqual([0, [new Error('redis is down')]]);
  });

  it('answers 200 when it cannot record a processed event (onEvent ran), and tells onError', async () => {
    const handler = handlerWith(() => undefined, { has: () => false, add: () => Promise.reject(new Error('redis is down')) });
    expect((await handler(webhookRequest(body))).status).toBe(200);
    expect([runs.length, errors]).toEqual([1, [new Error('redis is down')]]);
  });
});
