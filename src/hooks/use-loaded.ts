'use client';
import { useState } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** A module loaded once per page on demand, and what it resolved to once it has. */
export interface Loader<T> {
  (): Promise<T>;
  current: T | undefined;
}

/** A {@link Loader} for `load`; a failed load is forgotten, so that the next call tries again. */
export function createLoader<T>(load: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | undefined;
  const loader: Loader<T> = Object.assign(
    () =>
      (pending ??= load().then(
        (value) => (loader.current = value),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    { current: undefined },
  );
  return loader;
}

/** What loading failed with, and how to try again. */
export interface LoadFailure {
  cause: unknown;
  retry: () => void;
}

/**
 * What `loader` resolved to, loaded in the commit while `enabled`: `undefined` until then. Not
 * `React.lazy`, whose Suspense boundary holds revealed content back by up to 300 ms, which a
 * launcher's first request would wait for.
 */
export function useLoaded<T>(loader: Loader<T>, enabled: boolean): { value: T | undefined; failure: LoadFailure | undefined } {
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<LoadFailure>();
  const [, setLoaded] = useState<T>();
  useIsomorphicLayoutEffect(() => {
    if (!enabled || loader.current !== undefined) return;
    let active = true;
    loader().then(
      (value) => active && setLoaded(() => value),
      (cause: unknown) => active && setFailure({ cause, retry: () => { setFailure(undefined); setAttempt((count) => count + 1); } }),
    );
    return () => {
      active = false;
    };
  }, [loader, enabled, attempt]);
  return { value: enabled ? loader.current : undefined, failure };
}
