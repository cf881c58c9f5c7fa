import { ExchangeSessionError } from '../core/errors';
import { parseJsonText } from '../core/backend/json';
import { withAdapterRules } from './adapter-rules';
import { onceForEachEvent } from './event-once';
import { reportFailure } from './handler-failure';
import { errorBodies, jsonResponse } from './json-response';
import { createMemoryProcessedEventStore, type ProcessedEventStore } from './processed-events';
import { bodyTooLarge, declaredTooLarge, readBoundedBody } from './request-body';
import { readDwollaWebhookEvent, type DwollaWebhookEvent } from './webhook-event';
import { webhookSignatureCheck } from './webhook-signature';

/** The most bytes a webhook body may have: Dwolla's events are about 1 kB. */
const maxWebhookBytes = 64 * 1024;

/** Options of {@link createDwollaWebhookHandler}. */
export interface DwollaWebhookHandlerOptions {
  /**
   * The secret of your webhook subscription, or the secrets of two while you switch (create the new
   * subscription, deploy both secrets, remove the old subscription, then its secret): a body signed
   * with any of them is taken.
   */
  secret: string | readonly string[];
  /**
   * Called once for each event Dwolla sends (its deliveries again, concurrent or later, are not
   * passed on), before Dwolla is answered: `200` once it resolved, `500` if it throws, so that
   * Dwolla delivers the event again. Dwolla waits 10 seconds: queue long work.
   */
  onEvent: (event: DwollaWebhookEvent, request: Request) => void | Promise<void>;
  /** Where the ids of processed events are kept; this process's memory for 96 hours by default. */
  processedEvents?: ProcessedEventStore;
  /** Sees every failure: `onEvent`'s throw, the store's, a signed body that is not an event. If it throws, the answer is the same. */
  onError?: (error: unknown, request: Request) => void;
}

/**
 * The route Dwolla's webhooks arrive at: a Web-standard handler (Next.js route handlers, Remix,
 * Hono, Bun, edge runtimes; Node and Express through `toNodeHandler`), at whatever URL you mount it.
 *
 * It answers anything but `POST` with `405` (`Allow: POST`), a body over 64 kB with `413` (from its
 * `Content-Length`, or as soon as the stream passes it), then a missing, malformed or wrong
 * `X-Request-Signature-SHA-256` (the HMAC-SHA256 of the raw body, keyed by a `secret`, checked in
 * constant time before anything is parsed) with `401` and no detail. A signed body that is not an
 * event is `400`. Each event is passed to `onEvent` once, by its id (see `processedEvents`).
 *
 * @throws {@link ExchangeSessionError} `configuration` without a secret, or with an empty one.
 *
 * @example
 * ```ts
 * // app/api/dwolla-webhooks/route.ts
 * export const POST = createDwollaWebhookHandler({
 *   secret: process.env.DWOLLA_WEBHOOK_SECRET!,
 *   onEvent: async (event) => {
 *     if (event.topic === 'customer_exchange_reauth_required') await db.exchanges.markReauthRequired(event.resourceId);
 *   },
 * });
 * ```
 */
export function createDwollaWebhookHandler({ secret, onEvent, processedEvents, onError }: DwollaWebhookHandlerOptions): (request: Request) => Promise<Response> {
  const secrets = typeof secret === 'string' ? [secret] : [...secret];
  if (secrets.length === 0 || secrets.some((each) => typeof each !== 'string' || each === '')) {
    throw new ExchangeSessionError('configuration', 'createDwollaWebhookHandler: secret takes the secret of your webhook subscription (or two, while you switch), none empty.');
  }
  const signedBy = webhookSignatureCheck(secrets);
  const once = onceForEachEvent(processedEvents ?? createMemoryProcessedEventStore());

  return withAdapterRules(
    async (request: Request) => {
      if (request.method !== 'POST') return jsonResponse(errorBodies.methodNotAllowed, 405, { Allow: 'POST' });
      if (declaredTooLarge(request.headers, maxWebhookBytes)) return bodyTooLarge(maxWebhookBytes);
      const body = await readBoundedBody(request, maxWebhookBytes).catch(() => undefined);
      if (body === 'tooLarge') return bodyTooLarge(maxWebhookBytes);
      if (!body || !(await signedBy(body, request.headers.get('x-request-signature-sha-256')))) return jsonResponse(errorBodies.badSignature, 401);
      const event = readDwollaWebhookEvent(parseJsonText(new TextDecoder().decode(body)));
      if (!event) {
        reportFailure(onError, new ExchangeSessionError('invalidResponse', 'Dwolla signed a webhook body that is not an event (id, topic, resourceId, created, _links.resource).'), request);
        return jsonResponse(errorBodies.notAnEvent, 400);
      }
      const outcome = await once(
        event.id,
        () => onEvent(event, request),
        (error) => {
          reportFailure(onError, error, request);
        },
      );
      return outcome === 'processed' ? jsonResponse({ id: event.id }) : jsonResponse(errorBodies.serverError, 500);
    },
    { maxBodyBytes: maxWebhookBytes, allow: ['POST'], refusesOtherMethods: true },
  );
}
