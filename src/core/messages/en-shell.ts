import type { ShellMessages } from './exchange-messages';

/**
 * The English texts a launcher's shell shows before the launcher's code arrives: its loading
 * line, and the error of a launcher's code that could not be loaded. The rest come with the code.
 */
export const enShell = {
  loading: 'Loading…',
  errorOffline: 'We could not reach the server.',
  errorOfflineHint: 'Check your connection, then try again.',
  retry: 'Try again',
} satisfies ShellMessages;
