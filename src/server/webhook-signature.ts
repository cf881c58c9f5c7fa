// Dwolla signs a webhook's raw body with HMAC-SHA256, keyed by the subscription's secret, in hex.
const hexSignature = /^[0-9a-f]{64}$/i;

/** Whether a body's `X-Request-Signature-SHA-256` is right: for one of the secrets, compared in constant time. */
export type WebhookSignatureCheck = (body: Uint8Array<ArrayBuffer>, signature: string | null) => Promise<boolean>;

/**
 * The check of `X-Request-Signature-SHA-256` against every secret (two during a rotation). Web
 * Crypto's `verify` compares the MACs in constant time; a header that is no SHA-256 hex digest at
 * all is refused without computing one.
 */
export function webhookSignatureCheck(secrets: readonly string[]): WebhookSignatureCheck {
  const encoder = new TextEncoder();
  const keys = secrets.map((secret) => crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']));
  return async (body, signature) => {
    if (signature === null || !hexSignature.test(signature)) return false;
    const mac = new Uint8Array(32).map((_, index) => Number.parseInt(signature.slice(index * 2, index * 2 + 2), 16));
    const verdicts = await Promise.all(keys.map(async (key) => crypto.subtle.verify('HMAC', await key, mac, body)));
    return verdicts.includes(true);
  };
}
