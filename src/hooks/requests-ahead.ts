import type { ExchangeBackend } from '../core/backend/backend';
import type { BackendAnswer } from '../core/backend/backend-send';
import { createRequestShelf, type HeldRequest, type WorkHolder } from '../core/launcher/launcher-work';
import { createSessionRequest } from '../core/session/create-request';
import type { ExchangeSessionCreateRequest } from '../core/backend/endpoints';
import { creationKey, sendRequest, type StartedAhead } from './start-ahead';

// The page's creations, each held by one launcher at a time, per QueryClient: a second client, a
// test's, never takes another's request.
const creations = createRequestShelf<BackendAnswer>();

/** A creation a launcher holds: sent by it, or taken over from its shell or from its earlier self. */
export interface HeldCreation {
  request: HeldRequest<BackendAnswer>;
  /** Read: off the page's shelf. */
  done: () => void;
  /** No longer needed: aborted a microtask later unless another launcher took it. */
  letGo: () => void;
}

/**
 * Holds the creation of `request` for `holder`: the one its shell sent ahead, else one under way
 * that a hidden or unmounted launcher let go of, else one sent now with `idempotencyKey`.
 */
export function holdCreation(
  client: object,
  request: ExchangeSessionCreateRequest,
  idempotencyKey: string,
  backend: ExchangeBackend,
  holder: WorkHolder,
  ahead: StartedAhead | undefined,
): HeldCreation {
  const key = creationKey(request);
  const fromShell = ahead?.take(key);
  const held = creations.hold(client, key, holder, () => fromShell ?? sendRequest(() => createSessionRequest(request, backend, idempotencyKey), backend));
  // Another launcher's creation, taken over instead: the shell's is not needed.
  if (fromShell && held.answer !== fromShell.answer) fromShell.controller.abort();
  return { request: held, done: () => creations.done(client, key, held), letGo: () => creations.letGo(client, key, held, holder) };
}
