import { ExchangeSessionError } from '../core/errors';
import { defaultMxHosts } from '../core/session/mx-url';
import { isExchangePartner, type ExchangePartner } from '../core/session/session';
import type { DwollaEnvironment } from './dwolla-client';

/** The Content-Security-Policy directives the partner flows load through. */
export type ExchangeCspDirective = 'script-src' | 'frame-src' | 'connect-src' | 'img-src';

/** Options of {@link exchangeCspSources}. */
export interface ExchangeCspOptions {
  /** The partners your pages run; each one's sources are added. */
  partners: readonly ExchangePartner[];
  /** Dwolla's environment, which picks the partner's (Plaid's API host differs). */
  environment: DwollaEnvironment;
  /** The launcher's `mx.allowedHosts`, when you set it: MX Connect is framed from those hosts only. */
  mx?: { allowedHosts?: readonly string[] };
}

type Sources = Partial<Record<ExchangeCspDirective, readonly string[]>>;

function partnerSources(partner: ExchangePartner, { environment, mx }: ExchangeCspOptions): Sources {
  switch (partner) {
    case 'mx':
      // The launcher embeds MX Connect from these hosts only.
      return { 'frame-src': (mx?.allowedHosts ?? defaultMxHosts).map(mxSource) };
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
 * Pass the launcher's `nonce` too if your `script-src` uses nonces, and its `mx.allowedHosts` if
 * you set them.
 *
 * @throws {@link ExchangeSessionError} `configuration` for a partner this library does not run, or
 * an `mx.allowedHosts` entry that is not a host, a `*.` wildcard or an origin.
 *
 * @example
 * ```ts
 * const sources = exchangeCspSources({ partners: ['plaid', 'mx'], environment: 'sandbox' });
 * const policy = Object.entries(sources).map(([directive, list]) => `${directive} 'self' ${list.join(' ')}`).join('; ');
 * response.headers.set('Content-Security-Policy', policy);
 * ```
 */
export function exchangeCspSources(options: ExchangeCspOptions): Record<ExchangeCspDirective, string[]> {
  const policy: Record<ExchangeCspDirective, string[]> = { 'script-src': [], 'frame-src': [], 'connect-src': [], 'img-src': [] };
  for (const partner of new Set<unknown>(options.partners)) {
    if (!isExchangePartner(partner)) {
      throw new ExchangeSessionError('configuration', `exchangeCspSources: "${String(partner)}" is not a partner this library runs; partners takes "mx", "plaid" and "checkout".`);
    }
    for (const [directive, sources] of Object.entries(partnerSources(partner, options)) as Array<[ExchangeCspDirective, readonly string[]]>) {
      policy[directive] = [...new Set([...policy[directive], ...sources])];
    }
  }
  return policy;
}

/** The source of an `mx.allowedHosts` entry: a host or `*.` wildcard is `https:`; an origin stays as it is. */
function mxSource(entry: string): string {
  const trimmed = entry.trim().replace(/\/$/, '');
  const source = trimmed.includes('://') ? trimmed : `https://${trimmed}`;
  // A leading wildcard stands for any subdomain; anything else must be an origin already.
  const probe = source.replace(/^(https?:\/\/)\*\./i, '$1x.');
  if (probe.includes('*') || !URL.canParse(probe) || new URL(probe).origin !== probe.toLowerCase()) {
    throw new ExchangeSessionError('configuration', `exchangeCspSources: mx.allowedHosts takes hosts, *. wildcards and origins, not "${entry}".`);
  }
  return source;
}
