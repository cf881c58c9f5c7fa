import { createLoader, type Loader } from '../loader';
import type { ExchangeMessages } from './exchange-messages';

// Every language but English is a chunk of its own, loaded beside the launcher's code, so that an
// app pays only for the language it shows; English comes with the code that shows it.
const catalogues: Partial<Record<string, Loader<ExchangeMessages>>> = {
  es: createLoader(() => import('./es').then((module) => module.es)),
};

/** The loader of a BCP 47 `locale`'s catalogue (`es`, `es-MX`: Spanish); none for English or a language without one. */
export function catalogueLoader(locale: string | undefined): Loader<ExchangeMessages> | undefined {
  return catalogues[locale?.split(/[-_]/)[0]?.toLowerCase() ?? 'en'];
}
