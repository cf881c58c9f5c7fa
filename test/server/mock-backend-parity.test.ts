// The test kit's MSW journey handlers answer a creation as the real `/server` handler does.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { LinkedAccount } from '../../src/server';
import { exchangeJourneyHandlers, exchangeSessionHandlers, linkedAccountsHandlers } from '../../src/testing/msw';
import { base, fakeDwollaPerTest, send } from './handler-harness';

const fake = fakeDwollaPerTest();
const { handlerWith, newestSessionId } = fake;
// The origin `send` addresses: the handlers' relative routes are matched against it, as a page's are.
const baseUrl = 'https://app.example';

/** What a browser reads of a creation's answer. */
async function seen(response: Response) {
  return { status: response.status, location: response.headers.get('location'), type: response.headers.get('content-type')?.split(';')[0], body: (await response.json()) as unknown };
}

async function mocked(options: Parameters<typeof exchangeJourneyHandlers>[0], path = base) {
  const response = await getResponse(exchangeJourneyHandlers(options), send('POST', path, { partner: 'plaid' }), { baseUrl });
  if (!response) throw new Error('The mock backend did not answer.');
  return seen(response);
}

describe('exchangeJourneyHandlers plays the /server handler’s POST {basePath}', () => {
  it('with the session body, when the handler could read it back', async () => {
    const real = await seen(await handlerWith()(send('POST', base, { partner: 'plaid' })));
    const id = newestSessionId();
    expect(await mocked({ basePath: base, createdIds: { plaid: id }, sessions: { [id]: real.body as object } })).toEqual(real);
  });

  it("with { id } (createAnswer: 'id'), when it could not", async () => {
    fake.dwolla.fault({ method: 'GET', path: /^\/exchange-sessions\// }, { status: 503 });
    const real = await seen(await handlerWith()(send('POST', base, { partner: 'plaid' })));
    const id = newestSessionId();
    expect(real.body).toEqual({ id });
    const session = (await (await handlerWith()(send('GET', `${base}/${id}`))).json()) as object;
    expect(await mocked({ basePath: base, createdIds: { plaid: id }, sessions: { [id]: session }, createAnswer: 'id' })).toEqual(real);
  });

  it('and exchangeSessionHandlers its GET {basePath}/{id}, under the same basePath', async () => {
    const custom = '/backend/exchange-sessions';
    await handlerWith({ basePath: custom })(send('POST', custom, { partner: 'mx' }));
    const id = newestSessionId();
    const real = await handlerWith({ basePath: custom })(send('GET', `${custom}/${id}`));
    const body = (await real.json()) as object;
    const mock = await getResponse(exchangeSessionHandlers({ basePath: custom, sessions: { [id]: body } }), send('GET', `${custom}/${id}`), { baseUrl });
    expect(mock?.status).toBe(real.status);
    expect(await mock?.json()).toEqual(body);
  });
});

describe('linkedAccountsHandlers play the /server handler’s linked accounts’ routes', () => {
  /** What a browser reads of an answer. */
  async function read(response: Response | undefined) {
    if (!response) throw new Error('No answer.');
    return { status: response.status, body: (await response.json()) as unknown };
  }

  it('answer the list, a removal (and the same removal again), an unknown funding source, a reconnection and an unknown exchange’s as the real routes do', async () => {
    const real = handlerWith();
    await real(send('POST', base, { partner: 'plaid' }));
    await real(send('POST', `${base}/${newestSessionId()}/exchange`, { partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource: { name: 'Checking', bankAccountType: 'checking' } }));
    const listed = await read(await real(send('GET', `${base}/linked`)));
    const { accounts } = listed.body as { accounts: LinkedAccount[] };
    expect(accounts).toHaveLength(1);
    const mock = linkedAccountsHandlers({ basePath: base, accounts });
    const mocked = (method: string, path: string, body?: unknown) => getResponse(mock, send(method, `${base}${path}`, body), { baseUrl }).then(read);

    expect(await mocked('GET', '/linked')).toEqual(listed);
    const fundingSourceId = accounts[0]!.fundingSources[0]!.id;
    for (const round of ['first', 'again']) {
      const removed = await read(await real(send('POST', `${base}/linked/${fundingSourceId}/remove`, {})));
      expect({ round, ...(await mocked('POST', `/linked/${fundingSourceId}/remove`, {})) }).toEqual({ round, ...removed });
    }
    expect(await mocked('GET', '/linked')).toEqual(await read(await real(send('GET', `${base}/linked`))));
    const unknown = 'fa4e0005-0000-4000-8000-00000000dead';
    expect(await mocked('POST', `/linked/${unknown}/remove`, {})).toEqual(await read(await real(send('POST', `${base}/linked/${unknown}/remove`, {}))));
    const { exchangeId } = accounts[0]!;
    expect(await mocked('POST', `/linked/${exchangeId}/reconnected`, {})).toEqual(await read(await real(send('POST', `${base}/linked/${exchangeId}/reconnected`, {}))));
    expect(await mocked('POST', `/linked/${unknown}/reconnected`, {})).toEqual(await read(await real(send('POST', `${base}/linked/${unknown}/reconnected`, {}))));
  });
});
