import { isJsonObject, linkHref } from '../core/json';
import { halAnswer, type FakeDwollaAnswer } from './fake-dwolla-answers';
import { fakePartnerIds, fakePartnerNames, type FakeDwollaPartner } from './fake-dwolla-state';
import { halLink } from './hal-link';

const partners = Object.keys(fakePartnerIds) as FakeDwollaPartner[];

/** The URL of a partner in the fake's list. */
export function fakePartnerHref(baseUrl: string, partner: FakeDwollaPartner): string {
  return `${baseUrl}/exchange-partners/${fakePartnerIds[partner]}`;
}

/** The partner a request body's `_links["exchange-partner"].href` names, if it names one of the fake's. */
export function partnerOf(baseUrl: string, body: unknown): FakeDwollaPartner | undefined {
  const href = isJsonObject(body) ? linkHref(body, 'exchange-partner') : undefined;
  return partners.find((partner) => fakePartnerHref(baseUrl, partner) === href);
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
