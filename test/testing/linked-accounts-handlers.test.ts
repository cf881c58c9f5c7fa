// The test kit's linked accounts' handlers: the list, a removal (the same again, 404 for an
// unknown funding source), an account active again once it is reported reconnected.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';
import { linkedAccountsHandlers } from '../../src/testing/msw';

const origin = 'https://app.example';
const base = '/api/exchange-sessions';
const [active, reconnect] = fakeLinkedAccounts;
const source = active!.fundingSources[0]!;

const post = (path: string, body: unknown = {}) =>
  new Request(`${origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function answer(handlers: ReturnType<typeof linkedAccountsHandlers>, request: Request) {
  const response = await getResponse(handlers, request, { baseUrl: origin });
  return response && { status: response.status, body: (await response.json()) as unknown };
}

describe('linkedAccountsHandlers', () => {
  it('lists the accounts; a removal marks the funding source removed, answers the same again, and 404 for one the customer does not have', async () => {
    const handlers = linkedAccountsHandlers();
    expect(await answer(handlers, new Request(`${origin}${base}/linked`))).toEqual({ status: 200, body: { accounts: fakeLinkedAccounts } });
    const removal = { status: 200, body: { fundingSourceUrl: source.url, removed: true } };
    expect(await answer(handlers, post(`${base}/linked/${source.id}/remove`))).toEqual(removal);
    expect(await answer(handlers, post(`${base}/linked/${source.id}/remove`))).toEqual(removal);
    expect(await answer(handlers, post(`${base}/linked/unknown/remove`))).toEqual({ status: 404, body: { code: 'NotFound', message: 'Funding source not found.' } });
    const listed = (await answer(handlers, new Request(`${origin}${base}/linked`)))?.body as { accounts: typeof fakeLinkedAccounts };
    expect(listed.accounts[0]!.fundingSources).toEqual([{ ...source, removed: true }]);
    // Each set keeps its own copy: the fakes and another set are untouched.
    expect(active!.fundingSources[0]!.removed).toBe(false);
    expect(await answer(linkedAccountsHandlers(), new Request(`${origin}${base}/linked`))).toEqual({ status: 200, body: { accounts: fakeLinkedAccounts } });
  });

  it('marks an account active once it is reported reconnected, as an app’s onReconnected clears its record; 403 for an exchange the customer does not have', async () => {
    const handlers = linkedAccountsHandlers({ basePath: '/backend/' });
    expect(await answer(handlers, post(`/backend/linked/${reconnect!.exchangeId}/reconnected`))).toEqual({ status: 200, body: { exchangeUrl: reconnect!.exchangeUrl, state: 'active' } });
    expect(await answer(handlers, post('/backend/linked/unknown/reconnected'))).toEqual({ status: 403, body: { code: 'Forbidden', message: 'Not authorized to use exchange.' } });
    const listed = (await answer(handlers, new Request(`${origin}/backend/linked`)))?.body as { accounts: typeof fakeLinkedAccounts };
    expect(listed.accounts.map(({ state }) => state)).toEqual(['active', 'active', 'active', 'deactivated']);
  });
});
