'use client';
import { useState } from 'react';
import { ExchangeSessionError } from '../core/errors';
import type { Loader } from '../core/loader';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** A load that failed: the `network` error to show and report, and how to try again. */
export interface LoadFailure {
  error: ExchangeSessionError;
  retry: () => void;
}

/** What {@link useLoaded} returns: the value once loaded, or how its load failed. */
export interface Loaded<T> {
  value: T | undefined;
  failure: LoadFailure | undefined;
}

/**
 * What `loader` resolved to, loaded in the commit while `enabled`: `undefined` until then; `what`
 * names the code in the error of a failed load (`The launcher’s code`). Not
 * `React.lazy`, whose Suspense boundary holds revealed content back by up to 300 ms, which a
 * launcher's first request would wait for.
 */
export function useLoaded<T>(loader: Loader<T>, enabled: boolean, what: string): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<LoadFailure>();
  const [, setLoaded] = useState<T>();
  useIsomorphicLayoutEffect(() => {
    if (!enabled || loader.current !== undefined) return;
    let active = true;
    loader().then(
      (value) => active && setLoaded(() => value),
      (cause: unknown) =>
        active &&
        setFailure({
          error: new ExchangeSessionError('network', `${what} could not be loaded.`, { cause }),
          retry: () => {
            setFailure(undefined);
            setAttempt((count) => count + 1);
          },
        }),
    );
    return () => {
      active = false;
    };
  }, [loader, enabled, attempt, what]);
  return { value: enabled ? loader.current : undefined, failure };
}
