import type {
  ExchangeCompleteEndpoint,
  ExchangeConnectionsEndpoint,
  ExchangeSessionCreateEndpoint,
  ExchangeSessionEndpoint,
  LinkedAccountReconnectedEndpoint,
  LinkedAccountsEndpoint,
  RemoveLinkedFundingSourceEndpoint,
} from './endpoints';

/** Headers for the string routes (auth, CSRF): a value, or a function called before each request with its session id (`''` for a creation and the linked accounts' routes). */
export type ExchangeBackendHeaders = HeadersInit | ((sessionId: string) => HeadersInit | Promise<HeadersInit>);

/**
 * How the browser reaches the app's backend. With the `/server` handler, nothing or one
 * `basePath` is enough: its routes are fixed under it. An app with its own backend overrides
 * single routes, with a string or a function.
 */
export interface ExchangeBackend {
  /** The `/server` handler's `basePath`; default `/api/exchange-sessions`. */
  basePath?: string;
  /** Reads a session; default `GET {basePath}/{id}`. */
  session?: ExchangeSessionEndpoint;
  /** Creates a session by partner or for re-authentication; default `POST {basePath}`. */
  create?: ExchangeSessionCreateEndpoint;
  /** Creates the exchange (and funding source) from a finished flow; default `POST {basePath}/{id}/exchange`. */
  complete?: ExchangeCompleteEndpoint;
  /** Lists the accounts connected through MX; default `GET {basePath}/{id}/available-connections`. */
  connections?: ExchangeConnectionsEndpoint;
  /** Lists the customer's linked accounts; default `GET {basePath}/linked`. */
  linked?: LinkedAccountsEndpoint;
  /** Removes one of the customer's funding sources; default `POST {basePath}/linked/{id}/remove`. */
  removeLinked?: RemoveLinkedFundingSourceEndpoint;
  /** Tells the backend an exchange was re-authenticated; default `POST {basePath}/linked/{id}/reconnected`. */
  reconnectedLinked?: LinkedAccountReconnectedEndpoint;
  /** Extra request headers for the string routes. */
  headers?: ExchangeBackendHeaders;
  /** The fetch's `credentials` mode for the string routes; the browser's default (`same-origin`) when unset. */
  credentials?: RequestCredentials;
  /** The `fetch` for the string routes; the global one when unset. */
  fetch?: typeof fetch;
}

/** The `/server` handler's default `basePath`, which the browser half defaults to as well. */
const defaultBasePath = '/api/exchange-sessions';

// The `/server` handler's route layout under its `basePath`.
const layout = { session: '', create: '', complete: '/{id}/exchange', connections: '/{id}/available-connections' } as const;

/** The endpoint of one route: the override, else the `/server` handler's route under `basePath`. */
export function backendRoute<R extends keyof typeof layout>(backend: ExchangeBackend, route: R): NonNullable<ExchangeBackend[R]> | string {
  return backend[route] ?? `${(backend.basePath ?? defaultBasePath).replace(/\/+$/, '')}${layout[route]}`;
}

// The linked accounts' routes under `basePath`, apart from `layout`: an app that only reads
// sessions does not carry them.
const linkedLayout = { linked: '/linked', removeLinked: '/linked/{id}/remove', reconnectedLinked: '/linked/{id}/reconnected' } as const;

/** A linked accounts' route: the override, else the `/server` handler's route under `basePath`. */
export function linkedRoute<R extends keyof typeof linkedLayout>(backend: ExchangeBackend, route: R): NonNullable<ExchangeBackend[R]> | string {
  // Without an override, the create route is `basePath` itself: a string.
  const basePath = backendRoute({ basePath: backend.basePath }, 'create') as string;
  return backend[route] ?? `${basePath}${linkedLayout[route]}`;
}
