import { ExchangeSessionError } from '../core/errors';

/** Options of {@link loadScript}. */
export interface LoadScriptOptions {
  /** Names the script in errors: "Plaid Link", "Checkout.com Flow". */
  label: string;
  /** Whether the script's global is already there; nothing is added when it is. */
  isLoaded: () => boolean;
  nonce?: string;
  timeoutMs?: number;
}

/** Loads under way, by src; once settled, the partner's global says whether it is loaded. */
const pending = new Map<string, Promise<void>>();

/**
 * Adds a partner's script once per page and resolves when its global is defined. A failure or a
 * timeout removes the tag and is forgotten, so that the next call tries again.
 *
 * @throws {@link ExchangeSessionError} `partnerLoadFailed`.
 */
export function loadScript(src: string, { label, isLoaded, nonce, timeoutMs = 30_000 }: LoadScriptOptions): Promise<void> {
  if (isLoaded()) return Promise.resolve();
  const inFlight = pending.get(src);
  if (inFlight) return inFlight;

  const loading = new Promise<void>((resolve, reject) => {
    for (const stale of Array.from(document.scripts)) if (stale.src === src) stale.remove();
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    if (nonce) script.nonce = nonce;

    const settle = (failure?: string) => {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      pending.delete(src);
      if (failure === undefined) return resolve();
      script.remove();
      reject(new ExchangeSessionError('partnerLoadFailed', `The ${label} script ${failure} (${src}).`));
    };
    const timer = setTimeout(() => settle(`did not load within ${timeoutMs} ms`), timeoutMs);
    script.onload = () => settle(isLoaded() ? undefined : 'loaded but did not define its global');
    script.onerror = () => settle('failed to load');
    document.head.append(script);
  });
  pending.set(src, loading);
  return loading;
}
