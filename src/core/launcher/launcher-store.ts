import { initialLauncherState, transitionLauncher } from './launcher-machine';
import type { LauncherEvent, LauncherOutput, LauncherSettings, LauncherSource, LauncherState } from './launcher-state';

/** The launcher's state, numbered: each new state gets the next `seq`, which keys its command. */
export interface LauncherSnapshot {
  state: LauncherState;
  seq: number;
}

/** What the store needs from its owner, read at each event. */
export interface LauncherStoreHost {
  settings: () => LauncherSettings;
  /** Carries out an output: an app callback, storage, a preload. */
  perform: (output: LauncherOutput) => void;
}

/** One launcher's machine, run: events in, state out (for `useSyncExternalStore`), outputs performed. */
export interface LauncherStore {
  getSnapshot: () => LauncherSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** Performs the initial state's outputs, once: they wait for the mount, never run while rendering. */
  start: () => void;
  send: (event: LauncherEvent) => void;
  /** Sends `event` only while the state numbered `seq` lasts: a late answer to an old command is dropped. */
  sendFrom: (seq: number, event: LauncherEvent) => void;
}

/** Creates the store of one launcher; nothing runs until `start` or `send`. */
export function createLauncherStore(source: LauncherSource, host: LauncherStoreHost): LauncherStore {
  const initial = initialLauncherState(source);
  let snapshot: LauncherSnapshot = { state: initial.state, seq: 0 };
  let pending: readonly LauncherOutput[] | undefined = initial.outputs;
  const listeners = new Set<() => void>();

  const send = (event: LauncherEvent) => {
    const { state, outputs } = transitionLauncher(snapshot.state, event, host.settings());
    if (state !== snapshot.state) {
      snapshot = { state, seq: snapshot.seq + 1 };
      for (const listener of listeners) listener();
    }
    for (const output of outputs) host.perform(output);
  };

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => {
      const outputs = pending;
      pending = undefined;
      for (const output of outputs ?? []) host.perform(output);
    },
    send,
    sendFrom: (seq, event) => {
      if (seq === snapshot.seq) send(event);
    },
  };
}
