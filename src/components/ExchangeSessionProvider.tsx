'use client';
import { useContext, type ReactNode } from 'react';
import { ExchangeSessionContext, mergeConfig, type ExchangeSessionConfig } from '../hooks/exchange-session-context';
import { useShallowStable } from '../hooks/use-shallow-stable';

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
  const value = useShallowStable(mergeConfig(useContext(ExchangeSessionContext), config));
  return <ExchangeSessionContext.Provider value={value}>{children}</ExchangeSessionContext.Provider>;
}
