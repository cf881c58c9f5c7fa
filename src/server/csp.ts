import { defaultMxHosts } from '../core/session/mx-url';
import type { ExchangePartner } from '../core/session/session';
import type { DwollaEnvironment } from './dwolla-client';

/** The Content-Security-Policy directives the partner flows load through. */
export type ExchangeCspDirective = 'script-src' | 'frame-src' | 'connect-src' | 'img-src';

/** Options of {@link exchangeCspSources}. */
export interface ExchangeCspOptions {
  /** The partners your pages run; each one's sources are added. */
  partners: readonly ExchangePartner[];
  /** Dwolla's environment, which picks the partner's (Plaid's API host differs). */
  environment: DwollaEnvironment;
}

type Sources = Partial<Record<ExchangeCspDirective, readonly string[]>>;

function partnerSources(partner: ExchangePartner, environment: DwollaEnvironment): Sources {
  switch (partner) {
    case 'mx':
      // The launcher embeds MX Connect from these hosts only (mx.allowedHosts' default).
      return { 'frame-src': defaultMxHosts.map((host) => `https://${host}`) };
    case 'plaid':
      return {
        'script-src': ['https://cdn.plaid.com/link/v2/stable/link-initialize.js'],
        'frame-src': ['https://cdn.plaid.com'],
        'connect-src': [environment === 'production' ? 'https://production.plaid.com' : 'https://sandbox.plaid.com'],
      };
    case 'checkout':
      return {
        'script-src': ['https://checkout-web-components.checkout.com'],
        'frame-src': ['https://*.checkout.com'],
        'connect-src': ['https://*.checkout.com'],
        'img-src': ['https://*.checkout.com'],
      };
    default:
      return partner satisfies never;
  }
}

/**
 * The Content-Security-Policy sources the enabled partners need, by directive: add them to your
 * own policy's sources (`'self'`, your API…), or a partner's script, frame or requests are blocked.
 * Pass the launcher's `nonce` too if your `script-src` uses nonces.
 *
 * @example
 * ```ts
 * const sources = exchangeCspSources({ partners: ['plaid', 'mx'], environment: 'sandbox' });
 * const policy = Object.entries(sources).map(([directive, list]) => `${directive} 'self' ${list.join(' ')}`).join('; ');
 * response.headers.set('Content-Security-Policy', policy);
 * ```
 */
export function exchangeCspSources({ partners, environment }: ExchangeCspOptions): Record<ExchangeCspDirective, string[]> {
  const policy: Record<ExchangeCspDirective, string[]> = { 'script-src': [], 'frame-src': [], 'connect-src': [], 'img-src': [] };
  for (const partner of new Set(partners)) {
    for (const [directive, sources] of Object.entries(partnerSources(partner, environment)) as Array<[ExchangeCspDirective, readonly string[]]>) {
      policy[directive] = [...new Set([...policy[directive], ...sources])];
    }
  }
  return policy;
}
