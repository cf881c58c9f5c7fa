'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { ExchangeSessionBackendConfig } from '../core/backend-config';
import type { PartnerConfig } from '../core/partner-config';

/**
 * Everything an `ExchangeSessionProvider` can hold: the backend, the query client and the
 * partner settings. Hooks and components below it read it; their own options win.
 */
export interface ExchangeSessionConfig extends Partial<ExchangeSessionBackendConfig>, PartnerConfig {
  /** The client to cache sessions in; else the app's `QueryClientProvider`'s, else one the library owns. */
  queryClient?: QueryClient;
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
