'use client';
import { catalogueLoader } from '../core/messages/catalogues';
import { en } from '../core/messages/en';
import { mergeDefined } from '../core/presentation/merge-defined';
import { mergePresentation, type ExchangePresentation, type ResolvedPresentation } from '../core/presentation/presentation';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useLoaded } from './use-loaded';

/**
 * A component's own locale, texts and appearance over its provider's, with the locale's catalogue
 * loaded in the first commit. A catalogue that fails to load leaves the English texts.
 */
export function usePresentation(own: ExchangePresentation): ResolvedPresentation {
  const { locale, messages, appearance } = mergePresentation(useExchangeSessionSettings(), own);
  const { value: catalogue, failure } = useLoaded(catalogueLoader(locale), true, 'The texts');
  return { locale, messages: mergeDefined(catalogue ?? en, messages), loadingTexts: !catalogue && !failure, appearance };
}
