import { createLoader, type Loader } from '../loader';
import { catalogueLoader, languageOf } from './catalogues';
import type { ExchangeMessages } from './exchange-messages';
import type { LinkedAccountsMessages } from './linked-messages';

// The linked accounts' view's texts in each language but English, a chunk of their own beside the
// launcher's catalogue of the same language, which the view shows too (loading, errors).
const linkedTexts: Partial<Record<string, () => Promise<LinkedAccountsMessages>>> = {
  es: () => import('./es-linked').then((module) => module.esLinked),
};

const whole = new Map<string, Loader<ExchangeMessages>>();

/**
 * The loader of a BCP 47 `locale`'s whole catalogue, the launcher's texts and the linked
 * accounts' view's, one per language and page; none for English or a language without one.
 */
export function exchangeCatalogueLoader(locale: string | undefined): Loader<ExchangeMessages> | undefined {
  const language = languageOf(locale);
  const launcher = catalogueLoader(language);
  const linked = linkedTexts[language];
  if (!launcher || !linked) return undefined;
  let loader = whole.get(language);
  if (!loader) {
    loader = createLoader(() => Promise.all([launcher(), linked()]).then(([texts, more]) => ({ ...texts, ...more })));
    whole.set(language, loader);
  }
  return loader;
}
