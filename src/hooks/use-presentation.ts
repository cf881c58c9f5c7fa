'use client';
import { loaded } from '../core/loader';
import { en } from '../core/messages/en';
import type { ExchangePresentation, ResolvedPresentation } from '../core/presentation/presentation';
import { useCatalogue } from './use-catalogue';

const english = loaded(en);

/**
 * A component's own locale, texts and appearance over its provider's, with the locale's catalogue
 * loaded in the first commit. A catalogue that fails to load leaves the English texts.
 */
export function usePresentation(own: ExchangePresentation): ResolvedPresentation {
  return useCatalogue(own, en, english);
}
