'use client';
import type { Loader } from '../core/loader';
import { catalogueLoader } from '../core/messages/catalogues';
import type { ExchangeMessages } from '../core/messages/exchange-messages';
import { mergeDefined } from '../core/presentation/merge-defined';
import { mergePresentation, type ExchangePresentation, type ResolvedPresentation } from '../core/presentation/presentation';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useLoaded } from './use-loaded';

/**
 * A component's own locale, texts and appearance over its provider's, with the locale's catalogue
 * loaded in the first commit; `texts` (loaded already by `english`) are the English ones, the
 * launcher's catalogue or a shell's few; `catalogueFor` loads every other language (the
 * launcher's catalogues by default). A catalogue that fails to load leaves the English texts.
 */
export function useCatalogue<M extends Partial<ExchangeMessages>>(
  own: ExchangePresentation,
  texts: M,
  english: Loader<M>,
  // Every catalogue has every text: the shell's few among them.
  catalogueFor = catalogueLoader as (locale: string | undefined) => Loader<M> | undefined,
): ResolvedPresentation<M> {
  const { locale, messages, appearance } = mergePresentation(useExchangeSessionSettings(), own);
  const { value: catalogue, failure } = useLoaded(catalogueFor(locale) ?? english, true, 'The texts');
  return { locale, messages: mergeDefined<M>(catalogue ?? texts, messages as Partial<M> | undefined), loadingTexts: !catalogue && !failure, appearance };
}
