import type { CompleteExchangeRequest, ExchangeCompletion } from '../backend/endpoints';

/** A completion posted on this page: its request, its answer, and whether a launcher has heard it. */
interface PostedCompletion {
  request: CompleteExchangeRequest;
  answer: Promise<ExchangeCompletion>;
  heard: boolean;
}

const completions = new WeakMap<object, Map<string, PostedCompletion>>();

/**
 * The completion of `sessionId` posted on this page, under way or answered: a launcher mounted
 * again for the session follows it instead of running the flow again.
 */
export function completionOf(scope: object, sessionId: string): CompleteExchangeRequest | undefined {
  return completions.get(scope)?.get(sessionId)?.request;
}

/**
 * Posts a completion once per session on the page, whatever React does: whoever asks again while
 * it is under way, or once it is answered, gets the same answer (`first` for the first to hear
 * it). Never aborted: a single-use token may have reached Dwolla already. A failure is forgotten,
 * so that the user's "Try again" posts again.
 */
export function completeOnce(
  scope: object,
  request: CompleteExchangeRequest,
  post: () => Promise<ExchangeCompletion>,
  { signal, heard, failed }: { signal: AbortSignal; heard: (completion: ExchangeCompletion, first: boolean) => void; failed: (error: unknown) => void },
): void {
  const byId = completions.get(scope) ?? new Map<string, PostedCompletion>();
  completions.set(scope, byId);
  let posted = byId.get(request.sessionId);
  if (!posted) {
    const answer = post();
    const entry: PostedCompletion = { request, answer, heard: false };
    answer.catch(() => {
      if (byId.get(request.sessionId) === entry) byId.delete(request.sessionId);
    });
    byId.set(request.sessionId, entry);
    posted = entry;
  }
  const entry = posted;
  // Heard only by a launcher still listening (`signal`): one gone before the answer leaves it to the next.
  entry.answer.then(
    (completion) => {
      if (signal.aborted) return;
      const first = !entry.heard;
      entry.heard = true;
      heard(completion, first);
    },
    (error: unknown) => {
      if (!signal.aborted) failed(error);
    },
  );
}
