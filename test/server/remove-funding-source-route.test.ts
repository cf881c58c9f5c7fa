// POST {basePath}/linked/{fundingSourceId}/remove: one of the signed-in customer's funding sources
// removed at Dwolla, once, and answered the same when asked again; anyone else's refused before
// anything is sent to remove it; the same request hygiene as the other POST routes.
import { describe, expect, it, vi } from 'vitest';
import { base, customerId, fakeDwollaPerTest, otherCustomerIds, send } from './handler-harness';
import { linkAccount, plaidToken } from './linked-harness';

const fake = fakeDwollaPerTest();
const removal = (id: string) => `${base}/linked/${id}/remove`;
const removals = () => fake.dwollaRequests(/^\/funding-sources\/[^/]+$/).filter(({ method }) => method === 'POST');
const removeAs = async (id: string, body: unknown = {}, user = 'user-1', handler = fake.handlerWith()) => {
  const response = await handler(send('POST', removal(id), body, user));
  return { status: response.status, json: (await response.json()) as unknown };
};
const ownFundingSource = async (customer = customerId) => {
  const { fundingSource } = await linkAccount(fake.client(), customer, plaidToken(), { name: 'Checking', bankAccountType: 'checking' });
  if (!fundingSource) throw new Error('No funding source was made.');
  return fundingSource;
};

describe('POST {basePath}/linked/{fundingSourceId}/remove', () => {
  it('removes the customer’s own funding source at Dwolla: { removed: true }, once', async () => {
    const { id, href } = await ownFundingSource();
    expect(await removeAs(id)).toEqual({ status: 200, json: { fundingSourceUrl: href, removed: true } });
    expect(removals().map(({ path, body }) => [path, body])).toEqual([[`/funding-sources/${id}`, { removed: true }]]);
    expect(fake.dwolla.fundingSources.map(({ removed }) => removed)).toEqual([true]);
  });

  it('answers again the same when asked again, sending nothing more to Dwolla', async () => {
    const { id, href } = await ownFundingSource();
    await removeAs(id);
    expect(await removeAs(id)).toEqual({ status: 200, json: { fundingSourceUrl: href, removed: true } });
    expect(removals()).toHaveLength(1);
  });

  it('takes an empty body as {} (JSON still)', async () => {
    const { id } = await ownFundingSource();
    const response = await fake.handlerWith()(new Request(`https://app.example${removal(id)}`, { method: 'POST', headers: { 'X-Fake-User': 'user-1', 'Content-Type': 'application/json' } }));
    expect(response.status).toBe(200);
  });

  it('refuses another customer’s funding source with 403, sending nothing to remove it', async () => {
    const { id } = await ownFundingSource(otherCustomerIds[0]);
    expect(await removeAs(id)).toEqual({ status: 403, json: { code: 'Forbidden', message: 'Not authorized to remove funding source.' } });
    expect(removals()).toEqual([]);
    expect(fake.dwolla.fundingSources.map(({ removed }) => removed)).toEqual([false]);
  });

  it('answers a funding source Dwolla does not know with 404', async () => {
    expect(await removeAs('fa4e0007-0000-4000-8000-00000000dead')).toEqual({ status: 404, json: { code: 'NotFound', message: 'Funding source not found.' } });
    expect(removals()).toEqual([]);
  });

  it('answers 200 when Dwolla removed it meanwhile and refuses the removal', async () => {
    const { id, href } = await ownFundingSource();
    // The list read before the removal still says it is there; Dwolla has removed it since.
    await fake.client().request({ method: 'POST', path: href, body: { removed: true } });
    const stale: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!response.url.endsWith('/funding-sources')) return response;
      return new Response((await response.text()).replace('"removed":true', '"removed":false'), { status: response.status, headers: response.headers });
    };
    expect(await removeAs(id, {}, 'user-1', fake.handlerWith({ dwolla: fake.client(stale) }))).toEqual({ status: 200, json: { fundingSourceUrl: href, removed: true } });
  });

  it('refuses a request without a customer with 403, asking Dwolla nothing', async () => {
    const { id } = await ownFundingSource();
    const from = fake.dwolla.requests.length;
    expect((await removeAs(id, {}, 'stranger')).status).toBe(403);
    expect(fake.dwolla.requests.slice(from)).toEqual([]);
  });

  it.each([
    ['a body with a field', { removed: true }, 400, { code: 'ValidationError', _embedded: { errors: [{ code: 'NotAllowed', path: '/removed' }] } }],
    ['a body that is no object', '[]', 400, { code: 'ValidationError' }],
    ['malformed JSON', '{', 400, { code: 'BadRequest' }],
  ])('refuses %s, before Dwolla is asked', async (_label, body, status, json) => {
    const { id } = await ownFundingSource();
    expect(await removeAs(id, body)).toMatchObject({ status, json });
    expect(removals()).toEqual([]);
  });

  it('refuses a form or text/plain POST (another site’s) with 415, an id not shaped like Dwolla’s with 400, a GET with 405', async () => {
    const { id } = await ownFundingSource();
    const handler = fake.handlerWith();
    const form = await handler(new Request(`https://app.example${removal(id)}`, { method: 'POST', headers: { 'X-Fake-User': 'user-1', 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' }));
    const badId = await handler(send('POST', removal('not_an_id'), {}));
    const get = await handler(send('GET', removal(id)));
    expect([form.status, badId.status, await badId.json(), get.status, get.headers.get('allow')]).toEqual([415, 400, { code: 'BadRequest', message: 'Invalid funding source id.' }, 405, 'POST']);
    expect(removals()).toEqual([]);
  });

  it('refuses a foreign Origin with 403 when allowedOrigins is set', async () => {
    const { id } = await ownFundingSource();
    const request = new Request(`https://app.example${removal(id)}`, { method: 'POST', headers: { 'X-Fake-User': 'user-1', 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: '{}' });
    expect((await fake.handlerWith({ allowedOrigins: ['https://app.example'] })(request)).status).toBe(403);
    expect(removals()).toEqual([]);
  });

  it('answers a Dwolla outage with 502, telling onError', async () => {
    const { id } = await ownFundingSource();
    const onError = vi.fn();
    fake.dwolla.fault({ method: 'POST', path: `/funding-sources/${id}` }, { status: 503 });
    fake.dwolla.fault({ method: 'GET', path: `/funding-sources/${id}` }, { status: 503 });
    expect(await removeAs(id, {}, 'user-1', fake.handlerWith({ onError }))).toEqual({ status: 502, json: { code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.' } });
    expect(onError).toHaveBeenCalledOnce();
  });
});
