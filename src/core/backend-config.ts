/**
 * The app's own backend endpoint that returns Dwolla's exchange session (the browser never calls
 * Dwolla, whose API needs server credentials).
 *
 * - A string: `"/api/exchange-sessions"` → `GET /api/exchange-sessions/{id}`; a `{id}` placeholder,
 *   as in `"/api/exchange-sessions/{id}/details"`, is replaced instead of appending.
 * - A function that returns the session's JSON body, or a `Response` to be read like a fetch's.
 *   Throw an `ExchangeSessionError` to choose the error code yourself.
 */
export type ExchangeSessionEndpoint =
  | string
  | ((sessionId: string, context: { signal: AbortSignal }) => Promise<unknown>);

/** Headers for a string endpoint (auth, CSRF): a value, or a function called before each request. */
export type ExchangeSessionHeaders =
  | HeadersInit
  | ((sessionId: string) => HeadersInit | Promise<HeadersInit>);

/** How the browser reaches the app's backend for an exchange session. */
export interface ExchangeSessionBackendConfig {
  /** The app's backend endpoint; see {@link ExchangeSessionEndpoint}. */
  endpoint: ExchangeSessionEndpoint;
  /** Extra request headers for a string endpoint. */
  headers?: ExchangeSessionHeaders;
  /** The fetch's `credentials` mode for a string endpoint; the browser's default (`same-origin`) when unset. */
  credentials?: RequestCredentials;
  /** The `fetch` to use for a string endpoint; the global one when unset. */
  fetch?: typeof fetch;
}
