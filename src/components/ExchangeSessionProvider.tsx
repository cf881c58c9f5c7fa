'use client';
import { useContext, useMemo, type ReactNode } from 'react';
import {
  ExchangeSessionContext,
  exchangeSessionConfigKeys,
  mergeConfig,
  type ExchangeSessionConfig,
} from '../hooks/exchange-session-context';

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
  const values = exchangeSessionConfigKeys.map((key) => config[key]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the listed values are the config
  const value = useMemo(() => mergeConfig(parent, config), [parent, ...values]);
  return <ExchangeSessionContext.Provider value={value}>{children}</ExchangeSessionContext.Provider>;
}
