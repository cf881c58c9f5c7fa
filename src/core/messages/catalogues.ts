import { createLoader, type Loader } from '../loader';
import { en } from './en';
import type { ExchangeMessages } from './exchange-messages';

const english: Loader<ExchangeMessages> = Object.assign(() => Promise.resolve(en), { current: en });

// English is in the launcher's first chunk; every other language is a chunk of its own, loaded
// beside the launcher's code, so that an app pays only for the language it shows.
const catalogues: Partial<Record<string, Loader<ExchangeMessages>>> = {
  es: createLoader(() => import('./es').then((module) => module.es)),
};

/** The loader of a BCP 47 `locale`'s catalogue (`es`, `es-MX`: Spanish); English, loaded already, for any other. */
export function catalogueLoader(locale: string | undefined): Loader<ExchangeMessages> {
  return catalogues[locale?.split(/[-_]/)[0]?.toLowerCase() ?? 'en'] ?? english;
}
