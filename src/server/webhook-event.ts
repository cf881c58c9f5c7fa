import { isJsonObject, linkHref, ownString, type JsonObject } from '../core/backend/json';

/**
 * The exchange topics: `customer_exchange_reauth_required`, the bank connection needs its user
 * (a re-authentication session); `customer_exchange_deactivated`, it no longer works.
 */
export type DwollaExchangeTopic = 'customer_exchange_reauth_required' | 'customer_exchange_deactivated';

/** The topics of a customer's funding source: added, removed, verified, unverified, its balance negative, updated. */
export type DwollaFundingSourceTopic =
  | 'customer_funding_source_added'
  | 'customer_funding_source_removed'
  | 'customer_funding_source_verified'
  | 'customer_funding_source_unverified'
  | 'customer_funding_source_negative'
  | 'customer_funding_source_updated';

/** What every event of Dwolla's says, whatever its topic. */
export interface DwollaWebhookEventFields {
  /** Dwolla's id of the event: the same in every delivery of it. */
  id: string;
  /** When Dwolla created the event (ISO 8601): its `created`, or `timestamp` in older payloads. */
  created: string;
  /** The id of the resource the event is about: the exchange of an exchange topic, the funding source of a funding source topic. */
  resourceId: string;
  /** That resource's URL, `_links.resource.href`. */
  resourceUrl: string;
  /** The URL of the customer the event belongs to, `_links.customer.href`, when it names one. */
  customerUrl?: string;
  /** The payload as Dwolla sent it, for what is not named here (a transfer's `correlationId`). */
  payload: JsonObject;
}

/**
 * One of Dwolla's webhook events, by `topic`: an exchange's, a customer's funding source's, or
 * `'other'` for any other topic (Dwolla adds topics), whose own name is `dwollaTopic`.
 */
export type DwollaWebhookEvent =
  | (DwollaWebhookEventFields & { topic: DwollaExchangeTopic })
  | (DwollaWebhookEventFields & { topic: DwollaFundingSourceTopic })
  | (DwollaWebhookEventFields & { topic: 'other'; dwollaTopic: string });

const namedTopics: ReadonlySet<string> = new Set<DwollaExchangeTopic | DwollaFundingSourceTopic>([
  'customer_exchange_reauth_required',
  'customer_exchange_deactivated',
  'customer_funding_source_added',
  'customer_funding_source_removed',
  'customer_funding_source_verified',
  'customer_funding_source_unverified',
  'customer_funding_source_negative',
  'customer_funding_source_updated',
]);

const isNamedTopic = (topic: string): topic is DwollaExchangeTopic | DwollaFundingSourceTopic => namedTopics.has(topic);

/** The event in a webhook's parsed body; `undefined` when it lacks an id, topic, resource or time. */
export function readDwollaWebhookEvent(payload: unknown): DwollaWebhookEvent | undefined {
  if (!isJsonObject(payload)) return undefined;
  const id = ownString(payload, 'id');
  const topic = ownString(payload, 'topic');
  const resourceId = ownString(payload, 'resourceId');
  const created = ownString(payload, 'created') ?? ownString(payload, 'timestamp');
  const resourceUrl = linkHref(payload, 'resource');
  if (!id || !topic || !resourceId || !created || !resourceUrl) return undefined;
  const customerUrl = linkHref(payload, 'customer');
  const fields: DwollaWebhookEventFields = { id, created, resourceId, resourceUrl, ...(customerUrl !== undefined && { customerUrl }), payload };
  return isNamedTopic(topic) ? { ...fields, topic } : { ...fields, topic: 'other', dwollaTopic: topic };
}
