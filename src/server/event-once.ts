import type { ProcessedEventStore } from './processed-events';

/** How a delivery of an event ended: processed (now or before), or failed (Dwolla should retry). */
export type EventOutcome = 'processed' | 'failed';

/**
 * Runs `process` at most once for each event id: not for an id `store` has, and never twice at
 * once (a delivery during another of the same event gets that one's outcome). The id is added to
 * `store` once `process` resolved; a failure (the store's or `process`'s), reported to
 * `onFailure`, leaves it out, so that Dwolla's next delivery runs it again. A store that fails to
 * add the id leaves the event processed.
 */
export function onceForEachEvent(store: ProcessedEventStore) {
  const running = new Map<string, Promise<EventOutcome>>();

  async function run(id: string, process: () => void | Promise<void>, onFailure: (error: unknown) => void): Promise<EventOutcome> {
    try {
      if (await store.has(id)) return 'processed';
      await process();
    } catch (error) {
      onFailure(error);
      return 'failed';
    }
    await Promise.resolve()
      .then(() => store.add(id))
      .catch(onFailure);
    return 'processed';
  }

  return (id: string, process: () => void | Promise<void>, onFailure: (error: unknown) => void): Promise<EventOutcome> => {
    const current = running.get(id);
    if (current) return current;
    const outcome = run(id, process, onFailure).finally(() => running.delete(id));
    running.set(id, outcome);
    return outcome;
  };
}
