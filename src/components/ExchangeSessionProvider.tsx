'use client';
import { useContext, useMemo, type ReactNode } from 'react';
import { ExchangeSessionContext, mergeConfig, type ExchangeSessionConfig } from '../hooks/exchange-session-context';

/** Every setting named: one missing from the memoised object would silently stop reaching the hooks. */
type EverySetting = { [K in keyof Required<ExchangeSessionConfig>]: ExchangeSessionConfig[K] };

/** Props of {@link ExchangeSessionProvider}: the shared config, and the tree that uses it. */
export interface ExchangeSessionProviderProps extends ExchangeSessionConfig {
  children?: ReactNode;
}

/**
 * Holds the backend endpoint, the query client, the partner settings and the launcher's
 * callbacks and slots for every exchange session hook and component below it. A nested provider
 * inherits what it does not set; options passed to a hook or component win over both.
 *
 * @example
 * ```tsx
 * <ExchangeSessionProvider endpoint="/api/exchange-sessions" checkout={{ publicKey, environment: 'sandbox' }}>
 *   <App />
 * </ExchangeSessionProvider>
 * ```
 */
export function ExchangeSessionProvider({ children, ...config }: ExchangeSessionProviderProps) {
  const parent = useContext(ExchangeSessionContext);
  const { endpoint, createSession, completeExchange, availableConnections, headers, credentials, fetch, queryClient } = config;
  const { checkout, mx, plaid, nonce, scriptTimeoutMs } = config;
  const { onSuccess, onExit, onError, onEvent, onRedirect, onComplete, renderLoading, renderError, renderComplete } = config;
  // Memoised on each setting, so that a provider re-rendered with the same settings does not re-render every hook below it.
  const value = useMemo(
    () =>
      mergeConfig(parent, {
        endpoint, createSession, completeExchange, availableConnections, headers, credentials, fetch, queryClient,
        checkout, mx, plaid, nonce, scriptTimeoutMs,
        onSuccess, onExit, onError, onEvent, onRedirect, onComplete, renderLoading, renderError, renderComplete,
      } satisfies EverySetting),
    [
      parent,
      endpoint, createSession, completeExchange, availableConnections, headers, credentials, fetch, queryClient,
      checkout, mx, plaid, nonce, scriptTimeoutMs,
      onSuccess, onExit, onError, onEvent, onRedirect, onComplete, renderLoading, renderError, renderComplete,
    ],
  );
  return <ExchangeSessionContext.Provider value={value}>{children}</ExchangeSessionContext.Provider>;
}
