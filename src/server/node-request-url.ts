import { errorBodies } from './json-response';

// RFC 3986 §3.2.2: an IPv6 literal, or a reg-name (unreserved, percent-encoded and sub-delims:
// `app_backend`, what nginx sends to a docker-compose upstream), then an optional port.
const hostHeader = /^(?:\[[0-9a-f:.]+\]|(?:[\w.~!$&'()*+,;=-]|%[0-9a-f]{2})+)(?::\d{1,5})?$/i;
const absoluteForm = /^https?:\/\//i;

/** The URL a Node request names, or the error body refusing its `Host` or request target. */
export type NodeRequestUrl = { url: URL } | { refused: typeof errorBodies.badHost | typeof errorBodies.badTarget };

/**
 * The URL of a request from its `Host` header and its target: origin-form (`/path`), or
 * absolute-form (`http://host/path`, RFC 9112 §3.2.2), whose own host then replaces the `Host`
 * header's. A target such as `//other.example/…` stays a path of this host.
 */
export function nodeRequestUrl(host: string, target: string): NodeRequestUrl {
  if (absoluteForm.test(target)) {
    const url = URL.canParse(target) ? new URL(target) : undefined;
    return url && url.username === '' && url.password === '' ? { url } : { refused: errorBodies.badTarget };
  }
  const origin = `http://${host}`;
  if (!hostHeader.test(host) || !URL.canParse(origin)) return { refused: errorBodies.badHost };
  return target.startsWith('/') && URL.canParse(`${origin}${target}`) ? { url: new URL(`${origin}${target}`) } : { refused: errorBodies.badTarget };
}
