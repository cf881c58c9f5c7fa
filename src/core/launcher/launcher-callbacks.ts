import type { ExchangeSessionError } from '../errors';
import type { ExchangeCompletion } from '../backend/endpoints';
import type { ExchangeSessionEvent, ExchangeSessionExit, ExchangeSessionSuccess } from '../launch-result';

/** The launcher's callbacks, the same for every partner. Always the latest ones passed are called. */
export interface ExchangeSessionCallbacks {
  /** The partner flow finished (with `complete`, the exchange is created next). */
  onSuccess?: (result: ExchangeSessionSuccess) => void;
  /** The user closed Plaid Link without finishing. */
  onExit?: (info: ExchangeSessionExit) => void;
  /** Anything that went wrong, once per error: fetching, loading the partner or a step's code, in its widget, completing. */
  onError?: (error: ExchangeSessionError) => void;
  /** Progress and the partner's own events, for analytics. */
  onEvent?: (event: ExchangeSessionEvent) => void;
  /** MX redirect mode: navigate yourself (a router, a new tab); `window.location.assign` otherwise. */
  onRedirect?: (url: string) => void;
  /** With `complete`: the backend created the exchange (and funding source), or a re-authentication finished. */
  onComplete?: (completion: ExchangeCompletion) => void;
}
