// A customer's funding sources as Dwolla answers them: listed page by page (`_links.next`), removed
// ones too unless `removed=false`, each linked to its customer and the exchange it was made from;
// read one by one; removed with `{ "removed": true }`. Every answer is checked against Dwolla's document.
import { describe, expect, it } from 'vitest';
import { customerId, fakeDwollaPerTest, halLink, otherCustomerId } from './fake-dwolla-calls';

const created = new Date('2026-03-02T10:00:00.000Z');
const dwolla = fakeDwollaPerTest({ now: () => created, pageSize: 2 });
const { get, post } = dwolla;

interface Listed {
  _links: Record<string, { href: string }>;
  _embedded: { 'funding-sources': Array<{ id: string; removed: boolean }> };
  total: number;
}

let accounts = 0;
/** A new Plaid exchange of `customer`, each of another bank account; returns its id. */
async function createPlaidExchange(customer = customerId): Promise<string> {
  accounts += 1;
  const body = { _links: { 'exchange-partner': { href: dwolla.fake.partnerHref('plaid') } }, plaid: { publicToken: `public-sandbox-fake-${String(accounts)}` } };
  const { status, headers } = await post(`/customers/${customer}/exchanges`, body);
  expect(status).toBe(201);
  return headers.get('location')?.split('/').pop() ?? '';
}

/** Makes a funding source of `customer` from a new exchange of theirs (a card with a Checkout.com `token`); returns its id and exchange's. */
async function addFundingSource(customer = customerId, token?: string): Promise<{ id: string; exchangeId: string }> {
  const exchangeId = token ? await dwolla.createExchange(customer, token) : await createPlaidExchange(customer);
  const fields = token
    ? { name: 'Debit card', cardDetails: { firstName: 'Jane', lastName: 'Doe', billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' } } }
    : { name: `Checking ${exchangeId.slice(-3)}`, bankAccountType: 'checking' };
  const { status, headers } = await post(`/customers/${customer}/funding-sources`, { _links: { exchange: { href: `${dwolla.fake.baseUrl}/exchanges/${exchangeId}` } }, ...fields });
  expect(status).toBe(201);
  return { id: headers.get('location')?.split('/').pop() ?? '', exchangeId };
}

/** Every funding source of the customer, read through `_links.next`, and the number of pages. */
async function listAll(query = ''): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let next: string | undefined = `${dwolla.fake.baseUrl}/customers/${customerId}/funding-sources${query}`;
  let pages = 0;
  while (next) {
    const { json } = await get(next.slice(dwolla.fake.baseUrl.length));
    const page = json as Listed;
    ids.push(...page._embedded['funding-sources'].map(({ id }) => id));
    next = page._links.next?.href;
    pages += 1;
  }
  return { ids, pages };
}

describe('GET /customers/{id}/funding-sources', () => {
  it('lists the customer’s own, page by page through _links.next', async () => {
    const own = [await addFundingSource(), await addFundingSource(), await addFundingSource()];
    await addFundingSource(otherCustomerId);
    expect(await listAll()).toEqual({ ids: own.map(({ id }) => id), pages: 2 });
  });

  it('keeps removed ones in the list, marked, and leaves them out with removed=false', async () => {
    const [kept, removed] = [await addFundingSource(), await addFundingSource()];
    expect((await post(`/funding-sources/${removed.id}`, { removed: true })).status).toBe(200);
    const { json } = await get(`/customers/${customerId}/funding-sources`);
    expect((json as Listed)._embedded['funding-sources'].map(({ id, removed: isRemoved }) => [id, isRemoved])).toEqual([[kept.id, false], [removed.id, true]]);
    expect((await listAll('?removed=false')).ids).toEqual([kept.id]);
  });

  it('answers a customer it does not hold with 404', async () => {
    const { status, json } = await get('/customers/fa4e0003-0000-4000-8000-0000000c0fff/funding-sources');
    expect([status, json]).toEqual([404, { code: 'NotFound', message: 'Customer not found.' }]);
  });
});

describe('GET /funding-sources/{id}', () => {
  it('answers a bank account made from an exchange: verified, linked to its customer and exchange, removable', async () => {
    const { id, exchangeId } = await addFundingSource();
    const { json } = await get(`/funding-sources/${id}`);
    const self = `${dwolla.fake.baseUrl}/funding-sources/${id}`;
    expect(json).toEqual({
      _links: {
        self: halLink(self, 'funding-source'),
        customer: halLink(`${dwolla.fake.baseUrl}/customers/${customerId}`, 'customer'),
        exchange: halLink(`${dwolla.fake.baseUrl}/exchanges/${exchangeId}`, 'exchange'),
        remove: halLink(self, 'funding-source'),
      },
      id,
      status: 'verified',
      type: 'bank',
      bankAccountType: 'checking',
      name: `Checking ${exchangeId.slice(-3)}`,
      created: created.toISOString(),
      removed: false,
      channels: ['ach'],
      bankName: 'SANDBOX TEST BANK',
    });
  });

  it('answers a card as a card, without an account type', async () => {
    const { id } = await addFundingSource(customerId, 'pay_fake0001');
    expect((await get(`/funding-sources/${id}`)).json).toMatchObject({ type: 'card', name: 'Debit card', channels: [] });
    expect((await get(`/funding-sources/${id}`)).json).not.toHaveProperty('bankAccountType');
  });

  it('answers an id it does not hold with 404', async () => {
    const { status, json } = await get('/funding-sources/fa4e0007-0000-4000-8000-00000000dead');
    expect([status, json]).toEqual([404, { code: 'NotFound', message: 'Funding source not found.' }]);
  });
});

describe('POST /funding-sources/{id} { "removed": true }', () => {
  it('removes it: answered with it, removed, without its remove link', async () => {
    const { id } = await addFundingSource();
    const { status, json } = await post(`/funding-sources/${id}`, { removed: true });
    expect(status).toBe(200);
    expect(json).toMatchObject({ id, removed: true });
    expect((json as { _links: object })._links).not.toHaveProperty('remove');
    expect(dwolla.fake.fundingSources.map(({ removed }) => removed)).toEqual([true]);
  });

  it('refuses to remove one removed already with 403 InvalidResourceState, and an id it does not hold with 404', async () => {
    const { id } = await addFundingSource();
    await post(`/funding-sources/${id}`, { removed: true });
    const again = await post(`/funding-sources/${id}`, { removed: true });
    const unknown = await post('/funding-sources/fa4e0007-0000-4000-8000-00000000dead', { removed: true });
    expect([again.status, again.json, unknown.status]).toEqual([403, { code: 'InvalidResourceState', message: 'A removed bank cannot be updated.' }, 404]);
  });

  it('plays removal only: any other body is a validation error', async () => {
    const { id } = await addFundingSource();
    const { status, json } = await post(`/funding-sources/${id}`, { name: 'Renamed' });
    expect([status, json]).toMatchObject([400, { code: 'ValidationError', _embedded: { errors: [{ path: '/removed' }] } }]);
  });
});

describe('GET /customers/{id}/exchanges, page by page', () => {
  it('links the next page while more exchanges follow, and says each one’s status', async () => {
    const ids = [await createPlaidExchange(), await createPlaidExchange(), await createPlaidExchange()];
    dwolla.fake.deactivateConnection(ids[1] ?? '');
    const first = (await get(`/customers/${customerId}/exchanges`)).json as { _links: { next: { href: string } }; _embedded: { exchanges: Array<{ id: string; status: string }> }; total: number };
    const second = (await get(first._links.next.href.slice(dwolla.fake.baseUrl.length))).json as typeof first;
    expect([...first._embedded.exchanges, ...second._embedded.exchanges].map(({ id, status }) => [id, status])).toEqual([
      [ids[0], 'active'],
      [ids[1], 'deactivated'],
      [ids[2], 'active'],
    ]);
    expect([first.total, second._links]).toEqual([3, { self: halLink(first._links.next.href, 'exchange') }]);
  });
});
