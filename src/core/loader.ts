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

/** A {@link Loader} of a value that is here already: nothing to wait for. */
export function loaded<T>(value: T): Loader<T> {
  return Object.assign(() => Promise.resolve(value), { current: value });
}
