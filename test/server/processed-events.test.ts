// The webhook route's default store of processed events: ids kept 96 hours by default (Dwolla's 72
// hours of retries and a day more), or as long as told, by its own clock.
import { describe, expect, it } from 'vitest';
import { createMemoryProcessedEventStore } from '../../src/server';

const hour = 60 * 60 * 1000;
const start = Date.parse('2026-03-02T10:00:00.000Z');

function storeAt(options: { ttlMs?: number } = {}) {
  let clock = start;
  const store = createMemoryProcessedEventStore({ ...options, now: () => clock });
  return { store, at: (ms: number) => void (clock = start + ms) };
}

describe('createMemoryProcessedEventStore', () => {
  it('keeps an id through Dwolla’s 72 hours of retries and a day more, then forgets it', () => {
    const { store, at } = storeAt();
    expect(store.has('event-1')).toBe(false);
    store.add('event-1');
    at(72 * hour);
    expect(store.has('event-1')).toBe(true);
    at(96 * hour - 1);
    expect(store.has('event-1')).toBe(true);
    at(96 * hour);
    expect(store.has('event-1')).toBe(false);
  });

  it('keeps each id for its own time, and as long as told', () => {
    const { store, at } = storeAt({ ttlMs: 10 * hour });
    store.add('event-1');
    at(5 * hour);
    store.add('event-2');
    at(10 * hour);
    expect([store.has('event-1'), store.has('event-2')]).toEqual([false, true]);
    at(15 * hour);
    expect([store.has('event-1'), store.has('event-2')]).toEqual([false, false]);
  });

  it('keeps an id added again from the second time', () => {
    const { store, at } = storeAt({ ttlMs: 10 * hour });
    store.add('event-1');
    at(8 * hour);
    store.add('event-1');
    at(12 * hour);
    expect(store.has('event-1')).toBe(true);
  });
});
