/** Whoever holds a request: a launcher, `attached` while React shows it. */
export interface WorkHolder {
  readonly attached: boolean;
}

/** A request sent to the app's backend: its answer, how to cancel it, and who holds it. */
export interface HeldRequest<T> {
  answer: Promise<T>;
  controller: AbortController;
  holder: WorkHolder | undefined;
}

/**
 * Requests that may outlive the launcher that sent them (a session's creation), page-wide per
 * scope (the launcher's QueryClient) and key: a launcher that React hid, moved or mounted again
 * takes over what was sent for it instead of sending it again.
 */
export interface RequestShelf<T> {
  /** The request under `key`, now `holder`'s, when its holder let go of it or is hidden; else `send`'s, sent now. */
  hold: (scope: object, key: string, holder: WorkHolder, send: () => { answer: Promise<T>; controller: AbortController }) => HeldRequest<T>;
  /** Answered and read: off the shelf, so that a later creation sends anew. */
  done: (scope: object, key: string, request: HeldRequest<T>) => void;
  /** `holder` no longer needs it: aborted a microtask later, unless another holder took it meanwhile. */
  letGo: (scope: object, key: string, request: HeldRequest<T>, holder: WorkHolder) => void;
}

/** A {@link RequestShelf}. */
export function createRequestShelf<T>(): RequestShelf<T> {
  const shelves = new WeakMap<object, Map<string, HeldRequest<T>>>();
  const remove = (scope: object, key: string, request: HeldRequest<T>) => {
    if (shelves.get(scope)?.get(key) === request) shelves.get(scope)?.delete(key);
  };
  return {
    hold: (scope, key, holder, send) => {
      const shelf = shelves.get(scope) ?? new Map<string, HeldRequest<T>>();
      shelves.set(scope, shelf);
      const current = shelf.get(key);
      if (current && !current.controller.signal.aborted && !current.holder?.attached) {
        current.holder = holder;
        return current;
      }
      const request: HeldRequest<T> = { ...send(), holder };
      shelf.set(key, request);
      return request;
    },
    done: remove,
    letGo: (scope, key, request, holder) => {
      if (request.holder !== holder) return;
      request.holder = undefined;
      queueMicrotask(() => {
        if (request.holder) return;
        request.controller.abort();
        remove(scope, key, request);
      });
    },
  };
}
