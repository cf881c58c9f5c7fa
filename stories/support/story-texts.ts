import type { ExchangeMessages } from '../../src';
import { languageOf } from '../../src/core/messages/catalogues';
import { en } from '../../src/core/messages/en';
import { enLinked } from '../../src/core/messages/en-linked';
import { es } from '../../src/core/messages/es';
import { esLinked } from '../../src/core/messages/es-linked';
import type { LauncherMessages } from '../../src/core/messages/exchange-messages';

type Globals = Readonly<Record<string, unknown>> | undefined;

/** The language of the toolbar's locale (`globals.locale`): English without one, or for a language with no catalogue, as the library does. */
function languageIn(globals: Globals): 'en' | 'es' {
  const locale: unknown = globals?.locale;
  return languageOf(typeof locale === 'string' ? locale : undefined) === 'es' ? 'es' : 'en';
}

/**
 * The launcher's texts in the toolbar's locale, as the story shows them: a play function finds the
 * default UI's elements by these, so that it passes in every language the toolbar offers.
 */
export function textsOf(globals: Globals): LauncherMessages {
  return languageIn(globals) === 'es' ? es : en;
}

/** The linked accounts' view's texts in the toolbar's locale: its own over the launcher's, as the view merges them. */
export function linkedTextsOf(globals: Globals): ExchangeMessages {
  return languageIn(globals) === 'es' ? { ...es, ...esLinked } : { ...en, ...enLinked };
}
