/**
 * A new `Idempotency-Key` for a request that creates something: 128 random bits in hex. Sent again
 * with the same request, it lets Dwolla answer with what the first one created. (`getRandomValues`
 * works on every page; `randomUUID` only on secure ones.)
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
