'use client';
import { useContext, useMemo, type ReactNode } from 'react';
import {
  ExchangeSessionContext,
  mergeConfig,
  type ExchangeSessionConfig,
} from '../hooks/exchange-session-context';

/** Props of {@link ExchangeSessionProvider}: the shared config, and the tree that uses it. */
export interface ExchangeSessionProviderProps extends ExchangeSessionConfig {
  children?: ReactNode;
}

/**
 * Holds the backend endpoint, the query client and the partner settings for every exchange
 * session hook and component below it. A nested provider inherits what it does not set; options
 * passed to a hook or component win over both.
 *
 * @example
 * ```tsx
 * <ExchangeSessionProvider endpoint="/api/exchange-sessions" checkout={{ publicKey, environment: 'sandbox' }}>
 *   <App />
 * </ExchangeSessionProvider>
 * ```
 */
export function ExchangeSessionProvider({
  children,
  endpoint,
  headers,
  credentials,
  fetch,
  queryClient,
  checkout,
  mx,
}: ExchangeSessionProviderProps) {
  const parent = useContext(ExchangeSessionContext);
  const value = useMemo(
    () => mergeConfig(parent, { endpoint, headers, credentials, fetch, queryClient, checkout, mx }),
    [parent, endpoint, headers, credentials, fetch, queryClient, checkout, mx],
  );
  return <ExchangeSessionContext.Provider value={value}>{children}</ExchangeSessionContext.Provider>;
}
