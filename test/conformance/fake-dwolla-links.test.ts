// The fake's lists carry Dwolla's links, each with its `type` and `resource-type`, as Dwolla's
// document and its examples show them.
import { describe, expect, it } from 'vitest';
import type { FakeDwolla } from '../../src/testing';
import { customerId, fakeDwollaPerTest, halLink } from './fake-dwolla-calls';

const created = new Date('2026-03-02T10:00:00.000Z');
const dwolla = fakeDwollaPerTest({ now: () => created });
const { get } = dwolla;

describe('GET /exchange-partners', () => {
  it('links the list itself', async () => {
    const { json } = await get('/exchange-partners');
    expect(json).toMatchObject({ _links: { self: halLink(`${dwolla.fake.baseUrl}/exchange-partners`, 'exchange-partner') } });
  });

  it('links each partner with its type and resource-type', async () => {
    const { json } = await get('/exchange-partners');
    const { _embedded } = json as { _embedded: { 'exchange-partners': Array<{ _links: unknown }> } };
    const partners = ['mx', 'plaid', 'checkout', 'finicity'] as const;
    expect(_embedded['exchange-partners'].map(({ _links }) => _links)).toEqual(partners.map((partner) => ({ self: halLink(dwolla.fake.partnerHref(partner), 'exchange-partner') })));
  });
});

describe('GET /customers/{id}/exchanges', () => {
  const listed = async () => {
    const id = await dwolla.createExchange();
    const { json } = await get(`/customers/${customerId}/exchanges`);
    const { _links, _embedded } = json as { _links: unknown; _embedded: { exchanges: Array<Record<string, unknown> & { _links: Record<string, unknown> }> } };
    const [exchange] = _embedded.exchanges;
    if (!exchange) throw new Error('The fake listed no exchange.');
    return { id, list: _links, exchange };
  };

  it('links the list itself with its type and resource-type', async () => {
    expect((await listed()).list).toEqual({ self: halLink(`${dwolla.fake.baseUrl}/customers/${customerId}/exchanges`, 'exchange') });
  });

  it.each([
    ['self', (fake: FakeDwolla, id: string) => halLink(`${fake.baseUrl}/exchanges/${id}`, 'exchange')],
    ['customer', (fake: FakeDwolla) => halLink(`${fake.baseUrl}/customers/${customerId}`, 'customer')],
    ['exchange-partner', (fake: FakeDwolla) => halLink(fake.partnerHref('plaid'), 'exchange-partner')],
    ['funding-sources', (fake: FakeDwolla) => halLink(`${fake.baseUrl}/funding-sources`, 'funding-source')],
  ])('links each exchange’s %s', async (relation, link) => {
    const { id, exchange } = await listed();
    expect(exchange._links[relation]).toEqual(link(dwolla.fake, id));
  });

  it('says when each exchange was created, by the fake’s clock', async () => {
    const { id, exchange } = await listed();
    expect(exchange).toMatchObject({ id, status: 'active', created: created.toISOString() });
  });
});

describe('GET /customers/{id}/available-exchange-connections', () => {
  it('links the list and its customer', async () => {
    const { json } = await get(`/customers/${customerId}/available-exchange-connections`);
    const customer = `${dwolla.fake.baseUrl}/customers/${customerId}`;
    expect(json).toMatchObject({ _links: { self: halLink(`${customer}/available-exchange-connections`, 'customer'), customers: halLink(customer, 'customer') } });
  });
});
