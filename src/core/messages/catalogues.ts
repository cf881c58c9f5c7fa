import { createLoader, type Loader } from '../loader';
import type { LauncherMessages } from './exchange-messages';

// Every language but English is a chunk of its own, loaded beside the launcher's code, so that an
// app pays only for the language it shows; English comes with the code that shows it.
const catalogues: Partial<Record<string, Loader<LauncherMessages>>> = {
  es: createLoader(() => import('./es').then((module) => module.es)),
};

/** The language of a BCP 47 `locale` (`es-MX`: `es`); English when none is given. */
export function languageOf(locale: string | undefined): string {
  return locale?.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
}

/** The loader of a BCP 47 `locale`'s catalogue (`es`, `es-MX`: Spanish); none for English or a language without one. */
export function catalogueLoader(locale: string | undefined): Loader<LauncherMessages> | undefined {
  return catalogues[languageOf(locale)];
}
