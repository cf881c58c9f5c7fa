import { isJsonObject, linkHref } from '../core/backend/json';
import type { ExchangePartner } from '../core/session/session';
import { halAnswer, invalidLink, unknownCustomer, validationAnswer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { fakePartnerIds, fakePartnerNames, type FakeDwollaPartner } from './fake-dwolla-state';
import { halLink } from './hal-link';

const partners = Object.keys(fakePartnerIds) as FakeDwollaPartner[];

/** The URL of a partner in the fake's list. */
export function fakePartnerHref(baseUrl: string, partner: FakeDwollaPartner): string {
  return `${baseUrl}/exchange-partners/${fakePartnerIds[partner]}`;
}

/**
 * The partner a request body's `_links["exchange-partner"].href` names, if it is one whose
 * sessions and exchanges the fake plays (not Finicity, which has no sessions).
 */
function partnerOf(baseUrl: string, body: unknown): ExchangePartner | undefined {
  const href = isJsonObject(body) ? linkHref(body, 'exchange-partner') : undefined;
  const partner = partners.find((listed) => fakePartnerHref(baseUrl, listed) === href);
  return partner === 'finicity' ? undefined : partner;
}

/** The partner a session or exchange to create for `customerId` names, or Dwolla's refusal: `404` for the customer, `400` for the link. */
export function creationPartner(context: FakeDwollaContext, customerId: string, body: unknown): { partner: ExchangePartner } | { refused: FakeDwollaAnswer } {
  const refused = unknownCustomer(context, customerId);
  if (refused) return { refused };
  const partner = partnerOf(context.baseUrl, body);
  return partner ? { partner } : { refused: validationAnswer([invalidLink('exchange-partner')]) };
}

/** `GET /exchange-partners`. */
export function listPartnersAnswer(baseUrl: string): FakeDwollaAnswer {
  const list = partners.map((partner) => ({
    _links: { self: halLink(fakePartnerHref(baseUrl, partner), 'exchange-partner') },
    id: fakePartnerIds[partner],
    name: fakePartnerNames[partner],
    status: 'active',
    created: '2024-01-01T00:00:00.000Z',
  }));
  return halAnswer(200, { _links: { self: halLink(`${baseUrl}/exchange-partners`, 'exchange-partner') }, _embedded: { 'exchange-partners': list }, total: list.length });
}
