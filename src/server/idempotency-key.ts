/**
 * The `Idempotency-Key` of a POST that creates something, derived from the request itself: its
 * path and body, and `scope` (what else makes it one request: the exchange session of an exchange,
 * the browser's own key of a click). The same request within Dwolla's idempotency window (24
 * hours) carries the same key, so Dwolla answers it with the first result instead of creating
 * twice; any other request carries another key.
 *
 * The key is a UUID (version 8, RFC 9562) made of the request's SHA-256 digest: it names no
 * token, customer or key of the browser's, and a browser's key is bound to the customer and body.
 */
export async function derivedIdempotencyKey(path: string, body: unknown, scope = ''): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify([path, body, scope])));
  // Version 8 in the 7th byte's high bits, the RFC variant (10) in the 9th's.
  const bytes = Array.from(new Uint8Array(digest, 0, 16), (byte, index) => (index === 6 ? (byte & 0x0f) | 0x80 : index === 8 ? (byte & 0x3f) | 0x80 : byte));
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const browserKey = /^[\w.~:+=/-]{1,255}$/;

/** The browser's `Idempotency-Key` header as read: absent (`key` undefined), a key, or not a valid one. */
export type BrowserIdempotencyKey = { valid: true; key: string | undefined } | { valid: false };

/**
 * The browser's `Idempotency-Key` header, sent again with one click's creation: a UUID, or at most
 * 255 letters, digits and `- _ . ~ : + / =`.
 */
export function readBrowserIdempotencyKey(request: Request): BrowserIdempotencyKey {
  const key = request.headers.get('idempotency-key');
  if (key === null) return { valid: true, key: undefined };
  return browserKey.test(key) ? { valid: true, key } : { valid: false };
}
