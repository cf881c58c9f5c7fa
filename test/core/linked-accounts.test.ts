// The linked accounts in core: the list read strictly, its routes in each form, the removal, and
// the query options; every failure an ExchangeSessionError.
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionError, fetchLinkedAccounts, linkedAccountsQueryKey, linkedAccountsQueryOptions, removeLinkedFundingSource } from '../../src/core';
import { readLinkedAccounts } from '../../src/core/linked/linked-account';
import { canReconnect, isListed, usableFundingSources, withAccountReconnected, withFundingSourceRemoved } from '../../src/core/linked/linked-accounts-list';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';
import { linkedAccountsHandlers } from '../../src/testing/linked-accounts-handlers';
import { dwollaErrorFixtures } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { rejectionOf } from '../support/rejection';

const basePath = '/api/exchange-sessions';
const [active] = fakeLinkedAccounts;
const source = active!.fundingSources[0]!;

/** Every request the mock backend sees during `run`: method, path, content type and body. */
async function requestsDuring(run: () => Promise<unknown>) {
  const seen: Promise<{ method: string; path: string; type: string | null; body: string }>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const { method, url, headers } = request;
    seen.push(request.clone().text().then((body) => ({ method, path: new URL(url).pathname, type: headers.get('content-type'), body })));
  };
  server.events.on('request:start', listener);
  try {
    await run();
  } finally {
    server.events.removeListener('request:start', listener);
  }
  return Promise.all(seen);
}

describe('readLinkedAccounts', () => {
  it('reads well-formed accounts as they are, in order', () => {
    expect(readLinkedAccounts(JSON.parse(JSON.stringify(fakeLinkedAccounts)) as unknown[])).toEqual(fakeLinkedAccounts);
  });

  it('takes a partner it does not run as `other`, and a bank account without its kind', () => {
    const { bankAccountType: _kind, ...unknownKind } = source;
    const other = { ...active!, partner: 'other' as const, fundingSources: [unknownKind] };
    expect(readLinkedAccounts([JSON.parse(JSON.stringify(other))])).toStrictEqual([other]);
  });

  it.each([
    ['no exchangeId', { exchangeId: undefined }],
    ['an empty exchangeUrl', { exchangeUrl: ' ' }],
    ['an unknown partner', { partner: 'finicity' }],
    ['an unknown state', { state: 'pending' }],
    ['a created that is no date', { created: 'yesterday' }],
    ['no funding sources array', { fundingSources: {} }],
    ['a funding source of another type', { fundingSources: [{ ...source, type: 'wallet' }] }],
    ['a card with a bank account type', { fundingSources: [{ ...source, type: 'card' }] }],
    ['a bank account of another kind', { fundingSources: [{ ...source, bankAccountType: 'brokerage' }] }],
    ['removed not a boolean', { fundingSources: [{ ...source, removed: 'no' }] }],
    ['a funding source without a name', { fundingSources: [{ ...source, name: undefined }] }],
  ])('skips an account with %s, keeping the others', (_case, change) => {
    const broken = JSON.parse(JSON.stringify({ ...active, ...change })) as unknown;
    expect(readLinkedAccounts([broken, fakeLinkedAccounts[1]])).toEqual([fakeLinkedAccounts[1]]);
  });

  it('never reads a field from the prototype', () => {
    const { exchangeId: _own, ...rest } = active!;
    const inherited = Object.assign(Object.create({ exchangeId: 'from-the-prototype' }) as object, rest);
    expect(readLinkedAccounts([inherited])).toEqual([]);
  });
});

describe('fetchLinkedAccounts', () => {
  it('GETs {basePath}/linked with the HAL Accept header and reads the accounts', async () => {
    server.use(...linkedAccountsHandlers());
    const seen = await requestsDuring(async () => expect(await fetchLinkedAccounts()).toEqual(fakeLinkedAccounts));
    expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET ${basePath}/linked`]);
  });

  it('follows basePath, a path of the app’s own, or a function given the signal', async () => {
    server.use(...linkedAccountsHandlers({ basePath: '/backend/' }), http.get('/my/accounts', () => HttpResponse.json({ accounts: [active] })));
    expect(await fetchLinkedAccounts({ basePath: '/backend/' })).toHaveLength(fakeLinkedAccounts.length);
    expect(await fetchLinkedAccounts({ linked: '/my/accounts' })).toEqual([active]);
    const signals: AbortSignal[] = [];
    const signal = new AbortController().signal;
    const accounts = await fetchLinkedAccounts({ linked: async (context) => (signals.push(context.signal), { accounts: [active!] }) }, { signal });
    expect([accounts, signals]).toEqual([[active], [signal]]);
  });

  it.each([
    [403, dwollaErrorFixtures.forbidden, 'forbidden'],
    [502, { code: 'BadGateway', message: 'Dwolla failed.' }, 'server'],
  ] as const)('answered %i: a %s error with Dwolla’s body', async (status, body, code) => {
    server.use(http.get(`${basePath}/linked`, () => HttpResponse.json(body, { status })));
    const error = await rejectionOf(fetchLinkedAccounts());
    expect([error.code, error.status, error.dwolla?.code]).toEqual([code, status, body.code]);
  });

  it.each([
    ['an HTML page', () => HttpResponse.html('<h1>Sign in</h1>')],
    ['no accounts array', () => HttpResponse.json({ connections: [] })],
    ['accounts that are all malformed', () => HttpResponse.json({ accounts: [{ exchangeId: 'x' }, 42] })],
  ])('answered with %s: invalidResponse', async (_case, answer) => {
    server.use(http.get(`${basePath}/linked`, answer));
    expect((await rejectionOf(fetchLinkedAccounts())).code).toBe('invalidResponse');
  });

  it('answered with no accounts: an empty list, not an error', async () => {
    server.use(...linkedAccountsHandlers({ accounts: [] }));
    expect(await fetchLinkedAccounts()).toEqual([]);
  });

  it('is a network error when nothing answers, and aborted when its signal is', async () => {
    server.use(http.get(`${basePath}/linked`, () => HttpResponse.error()));
    expect((await rejectionOf(fetchLinkedAccounts())).code).toBe('network');
    const controller = new AbortController();
    controller.abort();
    expect((await rejectionOf(fetchLinkedAccounts({}, { signal: controller.signal }))).code).toBe('aborted');
  });
});

describe('removeLinkedFundingSource', () => {
  it('POSTs an empty JSON body to {basePath}/linked/{id}/remove and reads the removal, the same again', async () => {
    server.use(...linkedAccountsHandlers());
    const seen = await requestsDuring(async () => {
      expect(await removeLinkedFundingSource(` ${source.id} `)).toEqual({ fundingSourceUrl: source.url, removed: true });
      expect(await removeLinkedFundingSource(source.id)).toEqual({ fundingSourceUrl: source.url, removed: true });
    });
    expect(seen).toEqual(Array(2).fill({ method: 'POST', path: `${basePath}/linked/${source.id}/remove`, type: 'application/json', body: '{}' }));
  });

  it('encodes the id into a path of the app’s own, and hands it to a function as it is', async () => {
    const paths: string[] = [];
    server.use(http.post('/my/*', ({ request }) => (paths.push(new URL(request.url).pathname), HttpResponse.json({ fundingSourceUrl: 'u', removed: true }))));
    await removeLinkedFundingSource('a b/c', { removeLinked: '/my/{id}/delete' });
    await removeLinkedFundingSource('a b/c', { removeLinked: '/my/sources' });
    const ids: string[] = [];
    await removeLinkedFundingSource('a b/c', { removeLinked: async (id) => (ids.push(id), { fundingSourceUrl: 'u', removed: true }) });
    expect([paths, ids]).toEqual([['/my/a%20b%2Fc/delete', '/my/sources/a%20b%2Fc'], ['a b/c']]);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'notFound'],
    [502, 'server'],
  ] as const)('answered %i: %s', async (status, code) => {
    server.use(http.post(`${basePath}/linked/:id/remove`, () => HttpResponse.json({ code: 'Refused', message: 'No.' }, { status })));
    expect((await rejectionOf(removeLinkedFundingSource(source.id))).code).toBe(code);
  });

  it('an answer that does not confirm the removal is invalidResponse; an empty id is a configuration error, sent nowhere', async () => {
    server.use(http.post(`${basePath}/linked/:id/remove`, () => HttpResponse.json({ fundingSourceUrl: source.url, removed: false })));
    expect((await rejectionOf(removeLinkedFundingSource(source.id))).code).toBe('invalidResponse');
    const seen = await requestsDuring(async () => expect((await rejectionOf(removeLinkedFundingSource('  '))).code).toBe('configuration'));
    expect(seen).toEqual([]);
  });
});

describe('linkedAccountsQueryOptions', () => {
  it('fetches the list under linkedAccountsQueryKey, through the backend it is given', async () => {
    server.use(...linkedAccountsHandlers({ basePath: '/backend' }));
    const client = new QueryClient();
    const accounts = await client.fetchQuery(linkedAccountsQueryOptions({ basePath: '/backend' }));
    expect(accounts).toEqual(fakeLinkedAccounts);
    expect(client.getQueryData(linkedAccountsQueryKey)).toEqual(fakeLinkedAccounts);
    expect(linkedAccountsQueryKey).toEqual(['dwolla-linked-accounts']);
  });

  it('retries network and server errors only, and never pauses offline', () => {
    const { retry, networkMode } = linkedAccountsQueryOptions();
    const error = (code: 'server' | 'forbidden') => new ExchangeSessionError(code, code);
    expect(networkMode).toBe('always');
    expect(typeof retry === 'function' && [retry(0, error('server')), retry(3, error('server')), retry(0, error('forbidden'))]).toEqual([true, false, false]);
  });
});

describe('the list’s rules and updates', () => {
  const [, needsReconnecting, card] = fakeLinkedAccounts;

  it('lists an account while it keeps a funding source in use, or never had one', () => {
    const removed = withFundingSourceRemoved(fakeLinkedAccounts, source.id);
    expect(removed.map(isListed)).toEqual([false, true, true, true]);
    expect(removed[0]!.fundingSources).toEqual([{ ...source, removed: true }]);
    expect(removed.slice(1)).toEqual(fakeLinkedAccounts.slice(1));
    expect(isListed({ ...active!, fundingSources: [] })).toBe(true);
    expect(usableFundingSources(removed[0]!)).toEqual([]);
    const second = { ...source, id: 'fa4e0005-0000-4000-8000-0000000000f9', name: 'Second ••9999' };
    const two = withFundingSourceRemoved([{ ...active!, fundingSources: [source, second] }], source.id)[0]!;
    expect([two.fundingSources, isListed(two), usableFundingSources(two)]).toEqual([[{ ...source, removed: true }, second], true, [second]]);
  });

  it('reconnects only an account whose bank asks for a sign-in, through a partner this library runs', () => {
    expect(fakeLinkedAccounts.map(canReconnect)).toEqual([false, true, false, false]);
    expect(canReconnect({ ...needsReconnecting!, partner: 'other' })).toBe(false);
    expect(withAccountReconnected(fakeLinkedAccounts, needsReconnecting!.exchangeId).map(({ state }) => state)).toEqual(['active', 'active', 'active', 'deactivated']);
    expect(withAccountReconnected([card!], 'unknown')).toEqual([card]);
  });
});
