'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { ExchangeSessionBackendConfig } from '../core/backend-config';
import type { ExchangeConnectionsEndpoint } from '../core/available-connections';
import type { ExchangeCompleteEndpoint, ExchangeCompletion } from '../core/complete-exchange';
import type { ExchangeSessionCreateEndpoint } from '../core/create-session';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangeSessionEvent, ExchangeSessionExit, ExchangeSessionSuccess } from '../core/launch-result';
import type { PartnerConfig } from '../core/partner-config';

/** The launcher's callbacks, the same for every partner. */
export interface ExchangeSessionCallbacks {
  /** The partner flow finished: send the result to your backend to create the Dwolla exchange. */
  onSuccess?: (result: ExchangeSessionSuccess) => void;
  /** The user closed Plaid Link without finishing. */
  onExit?: (info: ExchangeSessionExit) => void;
  /** Anything that went wrong, once per error: fetching, loading the partner, or in its widget. */
  onError?: (error: ExchangeSessionError) => void;
  /** Progress and the partner's own events, for analytics. */
  onEvent?: (event: ExchangeSessionEvent) => void;
  /** MX redirect mode: navigate yourself (a router, a new tab); `window.location.assign` otherwise. */
  onRedirect?: (url: string) => void;
  /** With `complete`: the backend created the exchange (and funding source), or a re-authentication finished. */
  onComplete?: (completion: ExchangeCompletion) => void;
}

/** The launcher's render slots. */
export interface ExchangeSessionSlots {
  /** Shown while the session, the partner's code or its script loads. */
  renderLoading?: () => ReactNode;
  /** Shown for an error; `retry` fetches or loads again. */
  renderError?: (error: ExchangeSessionError, retry: () => void) => ReactNode;
  /** Shown once `complete` has created the exchange (or a re-authentication finished). */
  renderComplete?: (completion: ExchangeCompletion) => ReactNode;
}

/**
 * Everything an `ExchangeSessionProvider` can hold: the backend, the query client, the partner
 * settings, the launcher's callbacks and slots. Hooks and components below it read it; their own
 * options win.
 */
export interface ExchangeSessionConfig
  extends Partial<ExchangeSessionBackendConfig>,
    PartnerConfig,
    ExchangeSessionCallbacks,
    ExchangeSessionSlots {
  /** The client to cache sessions in; else the app's `QueryClientProvider`'s, else one the library owns. */
  queryClient?: QueryClient;
  /** The backend endpoint that creates a session by partner or for re-authentication (launchers given `partner` or `reauthenticate`, and renewals). */
  createSession?: ExchangeSessionCreateEndpoint;
  /** The backend endpoint that creates the exchange from a finished flow (`useCompleteExchange`, the launcher's `complete`). */
  completeExchange?: ExchangeCompleteEndpoint;
  /** The backend endpoint that lists the accounts connected through MX (`useAvailableExchangeConnections`, the picker). */
  availableConnections?: ExchangeConnectionsEndpoint;
}

export const ExchangeSessionContext = createContext<ExchangeSessionConfig>({});
ExchangeSessionContext.displayName = 'ExchangeSessionContext';

/** `base` with the fields that `overrides` defines; an `undefined` override keeps the base's value. */
export function mergeConfig<T extends object>(base: T, overrides: Partial<T>): T {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...base, ...defined };
}

/** The config of the nearest `ExchangeSessionProvider`, overridden by the defined fields of `overrides`. */
export function useExchangeSessionConfig(overrides: ExchangeSessionConfig = {}): ExchangeSessionConfig {
  return mergeConfig(useContext(ExchangeSessionContext), overrides);
}
