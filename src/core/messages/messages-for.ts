import type { ExchangeSessionErrorCode } from '../errors';
import type { LauncherMessages } from './exchange-messages';

type ErrorFamily = 'Gone' | 'SignIn' | 'Offline' | 'Partner' | 'PartnerError' | 'Unavailable';

const families: Record<ExchangeSessionErrorCode, ErrorFamily> = {
  notFound: 'Gone',
  sessionExpired: 'Gone',
  forbidden: 'SignIn',
  unauthorized: 'SignIn',
  network: 'Offline',
  server: 'Offline',
  rateLimited: 'Offline',
  aborted: 'Offline',
  partnerLoadFailed: 'Partner',
  partnerUnavailable: 'Partner',
  partnerError: 'PartnerError',
  badRequest: 'Unavailable',
  invalidResponse: 'Unavailable',
  unsupportedPartner: 'Unavailable',
  invalidSessionId: 'Unavailable',
  unsafeRedirect: 'Unavailable',
  configuration: 'Unavailable',
};

/** What the user reads for an error: what happened, and what to do. Never the code. */
export function errorText(messages: LauncherMessages, code: ExchangeSessionErrorCode): { title: string; hint: string } {
  const family = families[code];
  return { title: messages[`error${family}`], hint: messages[`error${family}Hint`] };
}
