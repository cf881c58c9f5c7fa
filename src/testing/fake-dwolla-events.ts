import { halAnswer, notFoundAnswer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { newFakeId } from './fake-dwolla-state';
import { deliverFakeEvent } from './fake-dwolla-webhooks';
import type { FakeDwollaEvent } from './fake-dwolla-webhook-types';
import { halLink } from './hal-link';

/** The fake Dwolla account's id, in its events' `account` link: obviously fake. */
const fakeAccountId = 'fa4e0005-0000-4000-8000-00000000a001';

/** What an event is about: one of a customer's exchanges or funding sources. */
export interface FakeEventResource {
  collection: 'exchanges' | 'funding-sources';
  id: string;
  customerId: string;
}

/**
 * Creates the event `topic` about `resource`, now by the fake's clock, and delivers it to every
 * webhook subscription, signed with its secret.
 */
export function publishFakeEvent(context: FakeDwollaContext, topic: string, { collection, id, customerId }: FakeEventResource): void {
  const { state, baseUrl } = context;
  const eventId = newFakeId(state);
  const event: FakeDwollaEvent = {
    _links: {
      self: halLink(`${baseUrl}/events/${eventId}`, 'event'),
      account: halLink(`${baseUrl}/accounts/${fakeAccountId}`, 'account'),
      resource: halLink(`${baseUrl}/${collection}/${id}`, collection === 'exchanges' ? 'exchange' : 'funding-source'),
      customer: halLink(`${baseUrl}/customers/${customerId}`, 'customer'),
    },
    id: eventId,
    created: context.now().toISOString(),
    topic,
    resourceId: id,
  };
  state.events.push(event);
  for (const subscription of state.subscriptions) deliverFakeEvent(state, subscription, event);
}

/** `GET /events/{id}`: the event as its webhooks carried it. */
export function retrieveEventAnswer({ state }: FakeDwollaContext, id: string): FakeDwollaAnswer {
  const event = state.events.find((candidate) => candidate.id === id);
  return event ? halAnswer(200, event) : notFoundAnswer('Event not found.');
}
