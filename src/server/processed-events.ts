/**
 * Where the webhook handler records the events it processed, by Dwolla's event id, so that each is
 * processed once: Dwolla delivers an event again until it gets a `2xx`, for up to 72 hours. Keep
 * ids at least that long. Back it with your database or Redis when more than one process serves
 * webhooks (the README has both).
 */
export interface ProcessedEventStore {
  /** Whether the event `id` was processed already. */
  has(id: string): boolean | Promise<boolean>;
  /** Records the event `id` as processed; called once `onEvent` resolved for it. */
  add(id: string): void | Promise<void>;
}

/** Options of {@link createMemoryProcessedEventStore}. */
export interface MemoryProcessedEventStoreOptions {
  /** How long an id is kept, in milliseconds: 96 hours by default, Dwolla's 72 hours of retries and a day more. */
  ttlMs?: number;
  /** The clock, in milliseconds; `Date.now` by default. */
  now?: () => number;
}

/** Dwolla retries for 72 hours; a day more covers a delivery that was slow to come. */
const defaultTtlMs = 96 * 60 * 60 * 1000;

/**
 * A {@link ProcessedEventStore} in this process's memory, each id forgotten `ttlMs` after it was
 * added: the webhook handler's default, right for one process (another process, or a restart,
 * does not know its ids).
 */
export function createMemoryProcessedEventStore({ ttlMs = defaultTtlMs, now = Date.now }: MemoryProcessedEventStoreOptions = {}): { has(id: string): boolean; add(id: string): void } {
  // Ids in the order they were added, which is the order they expire in.
  const expiries = new Map<string, number>();
  const forgetExpired = (at: number) => {
    for (const [id, expiry] of expiries) {
      if (expiry > at) return;
      expiries.delete(id);
    }
  };
  return {
    has(id) {
      const at = now();
      forgetExpired(at);
      return (expiries.get(id) ?? at) > at;
    },
    add(id) {
      const at = now();
      forgetExpired(at);
      expiries.delete(id);
      expiries.set(id, at + ttlMs);
    },
  };
}
