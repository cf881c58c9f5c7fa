import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ExchangeSessionError,
  completeExchange,
  createExchangeSession,
  exchangeCompletionRetry,
  exchangeIdToReauthenticate,
  fetchAvailableExchangeConnections,
} from '../../src/core';
import { server } from '../setup/msw-server';

describe('exchangeIdToReauthenticate', () => {
  it('reads an id, an exchange URL, or an UpdateCredentials body', () => {
    expect(exchangeIdToReauthenticate(' ex-1 ')).toBe('ex-1');
    expect(exchangeIdToReauthenticate('https://api.dwolla.com/exchanges/ex-2')).toBe('ex-2');
    expect(exchangeIdToReauthenticate('https://api.dwolla.com/exchanges/ex%203/exchange-sessions')).toBe('ex 3');
    expect(exchangeIdToReauthenticate({ code: 'UpdateCredentials', _links: { about: { href: 'https://api.dwolla.com/exchanges/ex-4/exchange-sessions' } } })).toBe('ex-4');
  });

  it.each([
    ['', 'an empty id'],
    ['https://api.dwolla.com/customers/c-1', 'a URL that is not an exchange'],
    ['a/b', 'a path'],
    ['..', 'a dot segment'],
  ])('refuses %j (%s) with a configuration error', (target) => {
    expect(() => exchangeIdToReauthenticate(target)).toThrow(expect.objectContaining({ code: 'configuration' }));
  });

  it('refuses a body that is not UpdateCredentials, or has no about link', () => {
    const polluted = JSON.parse('{"code":"UpdateCredentials","__proto__":{"_links":{"about":{"href":"https://api.dwolla.com/exchanges/x"}}}}');
    for (const body of [{ code: 'NotFound', _links: { about: { href: 'https://api.dwolla.com/exchanges/x' } } }, { code: 'UpdateCredentials' }, polluted]) {
      expect(() => exchangeIdToReauthenticate(body as never)).toThrow(expect.objectContaining({ code: 'configuration' }));
    }
  });
});

describe('createExchangeSession for a re-authentication', () => {
  it('posts { exchangeId } and reads the new id', async () => {
    let body: unknown;
    server.use(http.post('/api/create', async ({ request }) => ((body = await request.json()), HttpResponse.json({ id: 'reauth-1' }, { status: 201 }))));
    expect(await createExchangeSession({ exchangeId: 'ex-1' }, { create: '/api/create' })).toEqual({ sessionId: 'reauth-1', session: undefined });
    expect(body).toEqual({ exchangeId: 'ex-1' });
  });
});

describe('completeExchange', () => {
  it('posts the token to the session’s route and reads the exchange', async () => {
    let posted: { url: string; body: unknown } | undefined;
    server.use(
      http.post('/api/s/:id/exchange', async ({ request }) => {
        posted = { url: new URL(request.url).pathname, body: await request.json() };
        return HttpResponse.json({ exchangeUrl: 'https://api.dwolla.com/exchanges/e-1', fundingSourceUrl: 'https://api.dwolla.com/funding-sources/f-1' }, { status: 201 });
      }),
    );
    const completion = await completeExchange({ sessionId: 'a b', partner: 'checkout', paymentId: 'pay_fake' }, { complete: '/api/s/{id}/exchange' });
    expect(completion).toEqual({ reauthenticated: false, exchangeUrl: 'https://api.dwolla.com/exchanges/e-1', fundingSourceUrl: 'https://api.dwolla.com/funding-sources/f-1' });
    expect(posted).toEqual({ url: '/api/s/a%20b/exchange', body: { partner: 'checkout', paymentId: 'pay_fake' } });
  });

  it('posts only the token of a flow’s success result, never its metadata', async () => {
    let body: unknown;
    server.use(http.post('/api/s/:id/exchange', async ({ request }) => ((body = await request.json()), HttpResponse.json({ exchangeUrl: 'https://api.dwolla.com/exchanges/e-2' }))));
    const success = {
      partner: 'plaid',
      sessionId: 's-2',
      publicToken: 'public-sandbox-fake',
      metadata: { institution: null, accounts: [{ id: 'acc', name: 'Checking', mask: '0000', type: 'depository', subtype: 'checking' }], link_session_id: 'l' },
      reauthenticated: true,
    } as const;
    await completeExchange(success, { complete: '/api/s/{id}/exchange' });
    expect(body).toEqual({ partner: 'plaid', publicToken: 'public-sandbox-fake' });
  });

  it('after the exchange was created but not its funding source, asks for the funding source alone', async () => {
    const bodies: unknown[] = [];
    const exchangeUrl = 'https://api.dwolla.com/exchanges/e-3';
    server.use(
      http.post('/api/s/:id/exchange', async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? HttpResponse.json({ code: 'BadGateway', message: 'Dwolla could not be reached.', _links: { about: { href: exchangeUrl } } }, { status: 502 })
          : HttpResponse.json({ exchangeUrl, fundingSourceUrl: 'https://api.dwolla.com/funding-sources/f-3' }, { status: 201 });
      }),
    );
    const fundingSource = { name: 'Checking', bankAccountType: 'checking' } as const;
    const request = { sessionId: 's-3', partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource } as const;
    const backend = { complete: '/api/s/{id}/exchange' };
    const error = await completeExchange(request, backend).catch((caught: ExchangeSessionError) => caught);
    expect(error).toMatchObject({ code: 'server', status: 502, dwolla: { about: exchangeUrl } });
    const retry = exchangeCompletionRetry(request, error as ExchangeSessionError);
    await expect(completeExchange(retry, backend)).resolves.toMatchObject({ exchangeUrl });
    expect(bodies).toEqual([
      { partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource },
      { partner: 'plaid', exchangeUrl, fundingSource },
    ]);
  });

  it('tries the same request again when nothing names a created exchange, or no funding source was asked for', () => {
    const request = { sessionId: 's-4', partner: 'plaid', publicToken: 'public-sandbox-fake' } as const;
    const about = new ExchangeSessionError('server', 'Failed.', { dwolla: { code: 'BadGateway', message: 'Failed.', errors: [], about: 'https://api.dwolla.com/exchanges/e-4' } });
    expect(exchangeCompletionRetry(request, about)).toBe(request);
    const withFundingSource = { ...request, fundingSource: { name: 'Checking', bankAccountType: 'checking' } } as const;
    expect(exchangeCompletionRetry(withFundingSource, new ExchangeSessionError('network', 'Offline.'))).toBe(withFundingSource);
    expect(exchangeCompletionRetry(withFundingSource, null)).toBe(withFundingSource);
  });

  it('maps refusals and bad answers to typed errors', async () => {
    server.use(
      http.post('/api/refused/:id', () => HttpResponse.json({ code: 'BadRequest', message: 'Dwolla refused the exchange token.' }, { status: 400 })),
      http.post('/api/html/:id', () => HttpResponse.html('<h1>Sign in</h1>', { status: 200 })),
    );
    const request = { sessionId: 's-1', partner: 'plaid', publicToken: 'public-sandbox-fake' } as const;
    await expect(completeExchange(request, { complete: '/api/refused' })).rejects.toMatchObject({ code: 'badRequest', status: 400, sessionId: 's-1' });
    await expect(completeExchange(request, { complete: '/api/html' })).rejects.toMatchObject({ code: 'invalidResponse' });
    await expect(completeExchange(request, { complete: async () => ({ exchange: 'x' }) as unknown as { exchangeUrl: string } })).rejects.toMatchObject({ code: 'invalidResponse' });
    await expect(completeExchange(request, { complete: async () => Promise.reject(new Error('down')) })).rejects.toMatchObject({ code: 'network' });
  });
});

describe('fetchAvailableExchangeConnections', () => {
  it('keeps only well-formed connections', async () => {
    server.use(
      http.get('/api/s/:id/available-connections', () =>
        HttpResponse.json({ connections: [{ availableConnectionToken: 't-1', name: 'Checking' }, { name: 'no token' }, 'junk', { availableConnectionToken: 't-2', name: 7 }] }),
      ),
    );
    expect(await fetchAvailableExchangeConnections('s-1', { connections: '/api/s/{id}/available-connections' })).toEqual([
      { availableConnectionToken: 't-1', name: 'Checking' },
    ]);
  });

  it('is invalidResponse without a connections array, and forbidden on 403', async () => {
    server.use(http.get('/api/denied/:id', () => HttpResponse.json({ code: 'Forbidden', message: 'No.' }, { status: 403 })));
    await expect(fetchAvailableExchangeConnections('s-1', { connections: async () => ({ items: [] }) as unknown as { connections: [] } })).rejects.toMatchObject({ code: 'invalidResponse' });
    await expect(fetchAvailableExchangeConnections('s-1', { connections: '/api/denied' })).rejects.toMatchObject({ code: 'forbidden', status: 403 });
  });
});
