'use client';
import { useContext, type ReactNode } from 'react';
import { ExchangeSessionContext, type ExchangeSessionSettings } from '../hooks/exchange-session-context';
import { mergeSettings } from '../hooks/merge-settings';
import { useShallowStable } from '../hooks/use-shallow-stable';

/** Props of {@link ExchangeSessionProvider}: the shared settings, and the tree that uses them. */
export interface ExchangeSessionProviderProps extends ExchangeSessionSettings {
  children?: ReactNode;
}

/**
 * Holds how to reach the app's backend, the query client and the partner settings for every
 * exchange session hook and component below it. A nested provider inherits what it does not set;
 * a launcher's own `mx`, `plaid` and `checkout` win over both.
 *
 * @example
 * ```tsx
 * <ExchangeSessionProvider backend={{ basePath: '/api/exchange-sessions' }} checkout={{ publicKey, environment: 'sandbox' }}>
 *   <App />
 * </ExchangeSessionProvider>
 * ```
 */
export function ExchangeSessionProvider({ children, ...settings }: ExchangeSessionProviderProps) {
  const value = useShallowStable(mergeSettings(useContext(ExchangeSessionContext), settings));
  return <ExchangeSessionContext.Provider value={value}>{children}</ExchangeSessionContext.Provider>;
}
