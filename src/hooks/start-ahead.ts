import type { ExchangeBackend } from '../core/backend/backend';
import { sendToBackend, type BackendAnswer, type BackendSend } from '../core/backend/backend-send';
import type { ExchangeSessionCreateRequest } from '../core/backend/endpoints';
import { createRequestKey } from '../core/session/create-request';

/** A request sent before the code that reads its answer has loaded: its raw answer, read by whoever takes it. */
export interface SentRequest {
  answer: Promise<BackendAnswer>;
  controller: AbortController;
}

/** Sends `call` at once; an invalid call (`prepare` throws) is answered with its error, and nothing is sent. */
export function sendRequest(prepare: () => BackendSend, backend: ExchangeBackend, controller = new AbortController()): SentRequest {
  let answer: Promise<BackendAnswer>;
  try {
    answer = sendToBackend(prepare(), backend, controller.signal);
  } catch (error) {
    answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // Whoever takes the request over reports its outcome.
  answer.catch(() => undefined);
  return { answer, controller };
}

/** The key under which a shell keeps the read of `sessionId` (as the session's query keys it, see `toSessionId`), and its launcher takes it. */
export function sessionReadKey(sessionId: string): string {
  return `session:${sessionId}`;
}

/** The key under which a shell keeps a creation, and its launcher (or the page's registry) takes it. */
export function creationKey(request: ExchangeSessionCreateRequest): string {
  return `create:${createRequestKey(request)}`;
}

/** What a launcher's shell started before the launcher's code loaded, handed to the launcher. */
export interface StartedAhead {
  /** The request sent for `key` ({@link sessionReadKey}, {@link creationKey}), now the caller's: the shell no longer aborts it. */
  take: (key: string) => SentRequest | undefined;
  /** The `Idempotency-Key` the creation under `key` was sent with, which the launcher keeps for it. */
  idempotencyKey: (key: string) => string | undefined;
}

/** A shell's start: what it sent, by key, until its launcher takes it or the shell lets go of it. */
export interface ShellStart extends StartedAhead {
  /** Sends `prepare`'s request for `key`, once: sent again (StrictMode's second run) it is the same one. */
  send: (key: string, prepare: () => BackendSend, backend: ExchangeBackend, idempotencyKey?: string) => void;
  /** `key` is no longer the shell's (the source changed, the shell unmounted): aborted a microtask later, unless sent again or taken. */
  letGo: (key: string) => void;
}

/** A {@link ShellStart}, sending nothing yet. */
export function createShellStart(): ShellStart {
  const sent = new Map<string, SentRequest & { idempotencyKey: string | undefined; kept: boolean }>();
  return {
    send: (key, prepare, backend, idempotencyKey) => {
      const held = sent.get(key);
      if (held) held.kept = true;
      else sent.set(key, { ...sendRequest(prepare, backend), idempotencyKey, kept: true });
    },
    letGo: (key) => {
      const held = sent.get(key);
      if (!held) return;
      held.kept = false;
      queueMicrotask(() => {
        if (held.kept || sent.get(key) !== held) return;
        sent.delete(key);
        held.controller.abort();
      });
    },
    take: (key) => {
      const held = sent.get(key);
      sent.delete(key);
      return held;
    },
    idempotencyKey: (key) => sent.get(key)?.idempotencyKey,
  };
}
