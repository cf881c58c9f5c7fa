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
/** Tags that timed out but may still arrive: a retry waits for them instead of asking again. */
const late = new Map<string, HTMLScriptElement>();

/**
 * Adds a partner's script once per page and resolves when its global is defined. A failed load
 * removes its tag and is forgotten, so that the next call tries again; a timed-out one is kept,
 * and the next call waits on it again (a second request for the same URL would queue behind it).
 *
 * @throws {@link ExchangeSessionError} `partnerLoadFailed`.
 */
export function loadScript(src: string, { label, isLoaded, nonce, timeoutMs = 30_000 }: LoadScriptOptions): Promise<void> {
  if (isLoaded()) return Promise.resolve();
  const inFlight = pending.get(src);
  if (inFlight) return inFlight;

  const loading = new Promise<void>((resolve, reject) => {
    const script = late.get(src) ?? addScript(src, nonce);
    late.delete(src);
    const settle = (failure?: 'timeout' | 'error' | 'noGlobal') => {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      pending.delete(src);
      if (failure === undefined) {
        resolve();
        return;
      }
      if (failure === 'timeout') late.set(src, script);
      else script.remove();
      const why = { timeout: `did not load within ${timeoutMs} ms`, error: 'failed to load', noGlobal: 'loaded but did not define its global' }[failure];
      reject(new ExchangeSessionError('partnerLoadFailed', `The ${label} script ${why} (${src}).`));
    };
    const timer = setTimeout(() => settle('timeout'), timeoutMs);
    script.onload = () => settle(isLoaded() ? undefined : 'noGlobal');
    script.onerror = () => settle('error');
  });
  pending.set(src, loading);
  return loading;
}

function addScript(src: string, nonce: string | undefined): HTMLScriptElement {
  for (const stale of Array.from(document.scripts)) if (stale.src === src) stale.remove();
  const script = document.createElement('script');
  script.src = src;
  script.async = true;
  if (nonce) script.nonce = nonce;
  document.head.append(script);
  return script;
}
