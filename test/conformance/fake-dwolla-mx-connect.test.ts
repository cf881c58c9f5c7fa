// Dwolla lists a customer's available connections once the user has connected a bank in MX
// Connect, and none before.
import { describe, expect, it } from 'vitest';
import { fakeDwollaConnections } from '../../src/testing';
import { customerId, fakeDwollaPerTest, otherCustomerId } from './fake-dwolla-calls';

const dwolla = fakeDwollaPerTest();
const connections = async (customer = customerId) =>
  ((await dwolla.get(`/customers/${customer}/available-exchange-connections`)).json as { _embedded: { 'available-exchange-connections': unknown[] } })._embedded['available-exchange-connections'];

describe('GET /customers/{id}/available-exchange-connections', () => {
  it('lists none before MX Connect ran, then the accounts connected, for that customer only', async () => {
    expect(await connections()).toEqual([]);
    dwolla.fake.completeMxConnect(dwolla.fake.addSession('mx', customerId));
    expect([await connections(), await connections(otherCustomerId)]).toEqual([fakeDwollaConnections, []]);
  });

  it('lists them once the fake MX Connect page reports the member connected, at the URL its session names', async () => {
    const sessionId = dwolla.fake.addSession('mx', customerId);
    const { json } = await dwolla.get(`/exchange-sessions/${sessionId}`);
    const mxUrl = new URL((json as { _links: { 'external-provider-session': { href: string } } })._links['external-provider-session'].href);
    const report = mxUrl.searchParams.get('fake-dwolla-member-connected') ?? '';
    expect(report.startsWith(`${dwolla.fake.baseUrl}/`)).toBe(true);
    expect(await connections()).toEqual([]);
    expect((await fetch(report, { method: 'POST' })).status).toBe(204);
    expect(await connections()).toEqual(fakeDwollaConnections);
  });

  it('is told only of MX sessions it holds', async () => {
    const plaid = dwolla.fake.addSession('plaid', customerId);
    expect(() => dwolla.fake.completeMxConnect(plaid)).toThrow(`The fake Dwolla holds no MX session ${plaid}.`);
    expect((await fetch(`${dwolla.fake.baseUrl}/__fakes__/mx-member-connected/${plaid}`, { method: 'POST' })).status).toBe(404);
    expect(await connections()).toEqual([]);
  });
});
