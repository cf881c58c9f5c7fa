/**
 * A webhook subscription of the fake Dwolla: where it delivers its events — a URL it POSTs to, or
 * a function it hands each delivery to as a `Request` (your Web handler itself) — and the secret
 * it signs them with.
 */
export type FakeWebhookSubscription =
  | { url: string; secret: string }
  | { deliver: (request: Request) => Response | Promise<Response>; secret: string };

/** A HAL link as Dwolla writes one in an event. */
export interface FakeDwollaEventLink {
  href: string;
  type: string;
  'resource-type': string;
}

/** An event of the fake Dwolla, as its webhooks carry it and `GET /events/{id}` answers it. */
export interface FakeDwollaEvent {
  _links: { self: FakeDwollaEventLink; account: FakeDwollaEventLink; resource: FakeDwollaEventLink; customer: FakeDwollaEventLink };
  id: string;
  created: string;
  topic: string;
  resourceId: string;
}

/** One delivery of an event to a subscription, and the status it was answered with (none when it got no answer). */
export interface FakeWebhookDelivery {
  event: FakeDwollaEvent;
  subscription: FakeWebhookSubscription;
  status: number | undefined;
}
