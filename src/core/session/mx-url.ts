import { ExchangeSessionError } from '../errors';

/** The hosts an MX Connect URL may point at when `mx.allowedHosts` is not set. */
export const defaultMxHosts: readonly string[] = ['*.mx.com', '*.moneydesktop.com'];

/**
 * Returns the MX Connect URL if it is safe to navigate to or embed: `https:` on a host of
 * `allowedHosts`. An entry is a host (`widgets.moneydesktop.com`), a wildcard for its subdomains
 * (`*.mx.com`), or an exact origin (`http://localhost:6006`), the only way to allow `http:`, for
 * local fakes.
 *
 * @throws {@link ExchangeSessionError} `unsafeRedirect` for anything else: `javascript:`, `data:`,
 * `http:`, credentials in the URL, a foreign host, or a string that is not a URL.
 */
export function assertSafeMxUrl(url: string, allowedHosts: readonly string[] = defaultMxHosts): URL {
  const parsed = parseUrl(url);
  const allowed =
    parsed !== undefined &&
    parsed.username === '' &&
    parsed.password === '' &&
    allowedHosts.some((entry) => matches(parsed, entry.trim().toLowerCase()));
  if (!parsed || !allowed) {
    throw new ExchangeSessionError(
      'unsafeRedirect',
      `Refused the MX Connect URL ${describe(parsed, url)}: only https: URLs on ${allowedHosts.join(', ')} are used (mx.allowedHosts).`,
    );
  }
  return parsed;
}

function matches(url: URL, entry: string): boolean {
  if (entry.includes('://')) return url.origin === parseUrl(entry)?.origin;
  if (url.protocol !== 'https:') return false;
  if (entry.startsWith('*.')) return url.hostname.endsWith(entry.slice(1));
  return url.hostname === entry;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Names the URL without its path and query, which carry MX's session token. */
function describe(parsed: URL | undefined, raw: string): string {
  if (!parsed) return `"${raw.slice(0, 40)}"`;
  return parsed.host ? `${parsed.protocol}//${parsed.host}/…` : `${parsed.protocol}…`;
}
