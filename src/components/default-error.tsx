import type { ExchangeSessionError } from '../core/errors';
import { describeError } from './error-copy';

/** The default error state: an alert, with "Try again" when given a `retry` (where trying again can help). */
export function DefaultError({ error, retry }: { error: ExchangeSessionError; retry: (() => void) | undefined }) {
  return (
    <div role="alert">
      <p>{describeError(error)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
