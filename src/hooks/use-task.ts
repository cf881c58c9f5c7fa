'use client';
import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useLatest } from './use-latest';

interface RunningTask {
  key: number | string;
  controller: AbortController;
  /** Whether an effect still holds the task (StrictMode lets go and takes it again at once). */
  held: boolean;
}

/**
 * Runs `task` once for each new `key`, in the commit (a layout effect: before paint, a frame before
 * a passive effect on a first render), and aborts its signal when the key changes or the component
 * unmounts. StrictMode's simulated unmount and remount keep the task running: its cleanup and the
 * effect's second run happen synchronously, so the abort waits a microtask to see whether the task
 * was taken again.
 */
export function useTask(key: number | string | undefined, task: (signal: AbortSignal) => void): void {
  const latestTask = useLatest(task);
  const running = useRef<RunningTask>(undefined);

  useIsomorphicLayoutEffect(() => {
    if (key === undefined) return;
    const current = running.current;
    const mine = current?.key === key && !current.controller.signal.aborted ? current : { key, controller: new AbortController(), held: false };
    mine.held = true;
    if (mine !== current) {
      running.current = mine;
      latestTask.current(mine.controller.signal);
    }
    return () => {
      mine.held = false;
      queueMicrotask(() => {
        if (!mine.held) mine.controller.abort();
      });
    };
  }, [key, latestTask]);
}
