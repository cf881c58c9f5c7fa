'use client';
import { loaded } from '../core/loader';
import { en } from '../core/messages/en';
import { enLinked } from '../core/messages/en-linked';
import type { ExchangeMessages } from '../core/messages/exchange-messages';
import { exchangeCatalogueLoader } from '../core/messages/linked-catalogues';
import type { ExchangePresentation, ResolvedPresentation } from '../core/presentation/presentation';
import { useCatalogue } from './use-catalogue';

// The view shows the launcher's texts too (loading, errors, account types).
const englishTexts: ExchangeMessages = { ...en, ...enLinked };
const english = loaded(englishTexts);

/**
 * The linked accounts' view's locale, texts and appearance over its provider's: the launcher's
 * catalogue and the view's own, both loaded in the first commit.
 */
export function useLinkedPresentation(own: ExchangePresentation): ResolvedPresentation<ExchangeMessages> {
  return useCatalogue(own, englishTexts, english, exchangeCatalogueLoader);
}
