import { mergeDefined } from '../core/presentation/merge-defined';
import type { PartnerConfig } from '../core/partner-config';
import { mergePresentation } from '../core/presentation/presentation';
import type { ExchangeSessionSettings } from './exchange-session-context';

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
