'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { ExchangeBackend } from '../core/backend/backend';
import { mergeDefined } from '../core/presentation/merge-defined';
import type { PartnerConfig, PartnerScriptOptions } from '../core/partner-config';
import { mergePresentation, type ExchangePresentation } from '../core/presentation/presentation';

/**
 * What an `ExchangeSessionProvider` holds for every hook and component below it: how to reach
 * the app's backend, the cache, the partner settings, and how the default UI looks and speaks.
 */
export interface ExchangeSessionSettings extends PartnerConfig, ExchangePresentation {
  /** How the browser reaches the app's backend; the `/server` handler's routes under `/api/exchange-sessions` by default. */
  backend?: ExchangeBackend;
  /** The client to cache sessions in; else the app's `QueryClientProvider`'s, else one the library owns. */
  queryClient?: QueryClient;
  /** How Plaid's and Checkout.com's scripts are added: a CSP `nonce`, a load `timeoutMs`. */
  partnerScripts?: PartnerScriptOptions;
}

export const ExchangeSessionContext = createContext<ExchangeSessionSettings>({});
ExchangeSessionContext.displayName = 'ExchangeSessionContext';

/** Settings over settings: each group (backend, each partner, the scripts) merged field by field. */
export function mergeSettings(base: ExchangeSessionSettings, overrides: ExchangeSessionSettings): ExchangeSessionSettings {
  return {
    backend: mergeDefined(base.backend, overrides.backend),
    queryClient: overrides.queryClient ?? base.queryClient,
    partnerScripts: mergeDefined(base.partnerScripts, overrides.partnerScripts),
    ...mergePartnerConfig(base, overrides),
    ...mergePresentation(base, overrides),
  };
}

/** Partner settings over partner settings, field by field within each partner. */
export function mergePartnerConfig(base: PartnerConfig, overrides: PartnerConfig): PartnerConfig {
  return { mx: mergeDefined(base.mx, overrides.mx), plaid: mergeDefined(base.plaid, overrides.plaid), checkout: mergeDefined(base.checkout, overrides.checkout) };
}

/** The settings of the nearest `ExchangeSessionProvider`. */
export function useExchangeSessionSettings(): ExchangeSessionSettings {
  return useContext(ExchangeSessionContext);
}
