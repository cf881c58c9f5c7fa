import { initialLauncherState, launcherCommand, transitionLauncher } from './launcher-machine';
import type { LauncherCommand, LauncherEvent, LauncherOutput, LauncherSettings, LauncherSource, LauncherState } from './launcher-state';
import type { WorkHolder } from './launcher-work';

/** The launcher's state, numbered: each new state gets the next `seq`. */
export interface LauncherSnapshot {
  state: LauncherState;
  seq: number;
}

/** What a running command is handed. */
export interface CommandContext {
  /** Aborted when its state is left or the launcher is disposed. */
  signal: AbortSignal;
  /** The launcher, for the requests it may take over (its shell's, its earlier self's) or let go of. */
  holder: WorkHolder;
  /** Answers the command; an answer after `signal` aborted is dropped. */
  deliver: (event: LauncherEvent) => void;
}

/** What the service needs from its owner, read at each use. */
export interface LauncherServiceHost {
  settings: () => LauncherSettings;
  /** Carries out an output: an app callback, storage, a preload. */
  perform: (output: LauncherOutput) => void;
  /** Runs a state's command. */
  run: (command: LauncherCommand, context: CommandContext) => void;
}

/**
 * One launcher, React-free (as TanStack Query's `QueryObserver` is): it holds the machine's state,
 * runs each state's command on entry and aborts it on exit, and outlives React's moves. A hook
 * subscribes to it (`useSyncExternalStore`), shows it (`attach`, in a layout effect) and keeps it
 * (`keep`, in a passive effect, which Suspense leaves in place while it hides a tree).
 */
export interface LauncherService {
  getSnapshot: () => LauncherSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** React shows the launcher: the first call starts it (the initial outputs, the first command). Returns what hiding it does. */
  attach: () => () => void;
  /**
   * React keeps the launcher. Returns the release: a microtask later, unless kept again (StrictMode
   * lets go and keeps again at once), the launcher is disposed and its command aborted; kept again
   * after that, it runs its state's command anew.
   */
  keep: () => () => void;
  send: (event: LauncherEvent) => void;
}

/** Creates the service of one launcher; nothing runs until it is attached. `idempotencyKey`: the first creation's, when its shell sent it already. */
export function createLauncherService(source: LauncherSource, host: LauncherServiceHost, idempotencyKey?: string): LauncherService {
  const settings = host.settings();
  const initial = initialLauncherState(source, idempotencyKey ? { ...settings, newIdempotencyKey: () => idempotencyKey } : settings);
  let snapshot: LauncherSnapshot = { state: initial.state, seq: 0 };
  let unperformed: readonly LauncherOutput[] = initial.outputs;
  const listeners = new Set<() => void>();
  const holder = { attached: false };
  let started = false;
  let live = false;
  let kept = 0;
  let running: AbortController | undefined;

  const runCommand = () => {
    running?.abort();
    running = undefined;
    const command = launcherCommand(snapshot.state);
    if (!command || !live) return;
    const controller = new AbortController();
    running = controller;
    host.run(command, {
      signal: controller.signal,
      holder,
      deliver: (event) => {
        if (!controller.signal.aborted) send(event);
      },
    });
  };

  const send = (event: LauncherEvent) => {
    const { state, outputs } = transitionLauncher(snapshot.state, event, host.settings());
    const moved = state !== snapshot.state;
    if (moved) {
      snapshot = { state, seq: snapshot.seq + 1 };
      for (const listener of listeners) listener();
    }
    for (const output of outputs) host.perform(output);
    // Last: a command may answer at once (a cached session), and its event follows these outputs.
    if (moved) runCommand();
  };

  const dispose = () => {
    live = false;
    running?.abort();
    running = undefined;
  };

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach: () => {
      holder.attached = true;
      if (!started) {
        started = true;
        live = true;
        const outputs = unperformed;
        unperformed = [];
        for (const output of outputs) host.perform(output);
        runCommand();
      }
      return () => {
        holder.attached = false;
      };
    },
    keep: () => {
      kept += 1;
      if (started && !live) {
        live = true;
        runCommand();
      }
      return () => {
        kept -= 1;
        queueMicrotask(() => {
          if (kept === 0 && live) dispose();
        });
      };
    },
    send,
  };
}
