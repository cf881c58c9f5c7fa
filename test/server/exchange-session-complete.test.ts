import { describe, expect, it, vi } from 'vitest';
import { createDwollaClient, createExchange } from '../../src/server';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';
import { base, customerId, fakeDwollaPerTest, refusing, send } from './handler-harness';

const fake = fakeDwollaPerTest();
const { client, handlerWith, dwollaRequests } = fake;

describe('POST {basePath}/{id}/exchange', () => {
  const path = () => `${base}/${fake.sessionId}/exchange`;
  const card = {
    firstName: 'Fake',
    lastName: 'Person',
    billingAddress: { address1: '1 Fake St', address2: 'Unit 2', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
  };

  it.each([
    ['plaid', { partner: 'plaid', publicToken: 'public-sandbox-fake' }, { plaid: { publicToken: 'public-sandbox-fake' } }],
    ['mx', { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' }, { mx: { availableConnectionToken: 'fake-connection-token-checking' } }],
    ['checkout', { partner: 'checkout', paymentId: 'pay_fake0001' }, { token: 'pay_fake0001' }],
  ] as const)('creates a %s exchange with Dwolla’s body and answers 201 with its URL', async (partner, body, dwollaFields) => {
    const onExchangeCreated = vi.fn();
    const response = await handlerWith({ onExchangeCreated })(send('POST', path(), body));
    expect(response.status).toBe(201);
    const [exchangeId, exchange] = [...fake.dwolla.exchanges][0]!;
    const exchangeUrl = `${fake.dwolla.baseUrl}/exchanges/${exchangeId}`;
    expect(await response.json()).toEqual({ exchangeUrl });
    expect(response.headers.get('location')).toBe(exchangeUrl);
    expect(exchange).toEqual({ customerId, partner, body: { _links: { 'exchange-partner': { href: fake.dwolla.partnerHref(partner) } }, ...dwollaFields }, status: 'active', reauthenticationRequired: false });
    expect(fake.dwolla.fundingSources).toEqual([]);
    expect(onExchangeCreated).toHaveBeenCalledWith(expect.any(Request), { sessionId: fake.sessionId, customerId, exchangeUrl });
  });

  it.each([
    ['a bank account', { partner: 'mx', availableConnectionToken: 'fake-connection-token-savings' }, { name: 'Savings', bankAccountType: 'savings' }],
    ['a debit card', { partner: 'checkout', paymentId: 'pay_fake0002' }, { name: 'Debit card', cardDetails: card }],
  ])('creates %s funding source from the new exchange', async (_label, token, fundingSource) => {
    const onExchangeCreated = vi.fn();
    const response = await handlerWith({ onExchangeCreated })(send('POST', path(), { ...token, fundingSource }));
    expect(response.status).toBe(201);
    const [exchangeId = ''] = [...fake.dwolla.exchanges.keys()];
    const exchangeUrl = `${fake.dwolla.baseUrl}/exchanges/${exchangeId}`;
    const { fundingSourceUrl } = (await response.json()) as { fundingSourceUrl: string };
    expect(fundingSourceUrl).toMatch(new RegExp(`^${fake.dwolla.baseUrl}/funding-sources/[0-9a-f-]+$`));
    const id = fundingSourceUrl.split('/').pop();
    expect(fake.dwolla.fundingSources).toEqual([{ id, customerId, exchangeId, body: { _links: { exchange: { href: exchangeUrl } }, ...fundingSource }, removed: false }]);
    expect(onExchangeCreated).toHaveBeenCalledWith(expect.any(Request), { sessionId: fake.sessionId, customerId, exchangeUrl, fundingSourceUrl });
  });

  it('answers 400 without Dwolla’s detail when Dwolla refuses the token, and tells onError', async () => {
    const upstream = { code: 'InvalidExchangeToken', message: 'Exchange token is expired or invalid: upstream-detail-7731.' };
    const onError = vi.fn();
    const onExchangeCreated = vi.fn();
    const handler = handlerWith({ dwolla: client(refusing(/\/exchanges$/, 400, upstream)), onError, onExchangeCreated });
    const response = await handler(send('POST', path(), { partner: 'plaid', publicToken: 'public-sandbox-expired' }));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ code: 'BadRequest', message: 'Dwolla refused to create the exchange; the token may have expired or been used.' });
    expect(text).not.toMatch(/InvalidExchangeToken|upstream-detail|public-sandbox-expired/);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'badRequest', dwolla: { code: 'InvalidExchangeToken' } });
    expect(onExchangeCreated).not.toHaveBeenCalled();
  });

  it('still reports the exchange to onExchangeCreated when Dwolla refuses the funding source', async () => {
    const upstream = { code: 'ValidationError', message: 'Validation error(s) present.', _embedded: { errors: [{ code: 'Duplicate', message: 'secret-ish', path: '/name' }] } };
    const onExchangeCreated = vi.fn();
    const handler = handlerWith({ dwolla: client(refusing(/\/funding-sources$/, 400, upstream)), onExchangeCreated });
    const response = await handler(send('POST', path(), { partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource: { name: 'Checking', bankAccountType: 'checking' } }));
    expect(response.status).toBe(400);
    const [exchangeId] = [...fake.dwolla.exchanges.keys()];
    const exchangeUrl = `${fake.dwolla.baseUrl}/exchanges/${exchangeId}`;
    // #23: the fields Dwolla named, as paths of the handler's own body, for the browser to mark; none of Dwolla's words.
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      code: 'ValidationError',
      message: 'Dwolla created the exchange but refused to create the funding source.',
      _embedded: { errors: [{ code: 'Duplicate', message: 'Dwolla refused this field.', path: '/fundingSource/name' }] },
      _links: { about: { href: exchangeUrl } },
    });
    expect(text).not.toContain('secret-ish');
    expect(onExchangeCreated).toHaveBeenCalledWith(expect.any(Request), { sessionId: fake.sessionId, customerId, exchangeUrl });
  });

  it('takes Dwolla’s longest values: a 50-character name, a 50-character address line and city, a 100-character second line', async () => {
    const billingAddress = { ...card.billingAddress, address1: 'a'.repeat(50), address2: 'b'.repeat(100), city: 'c'.repeat(50) };
    const fundingSource = { name: 'n'.repeat(50), cardDetails: { ...card, billingAddress } };
    const response = await handlerWith()(send('POST', path(), { partner: 'checkout', paymentId: 'pay_fake0004', fundingSource }));
    expect(response.status).toBe(201);
    expect(fake.dwolla.fundingSources).toMatchObject([{ body: fundingSource }]);
  });

  it('tells onExchangeCreated the session that made the exchange: a token posted under another session is not answered with the first session’s exchange', async () => {
    const onExchangeCreated = vi.fn();
    const handler = handlerWith({ onExchangeCreated });
    const otherSession = fake.dwolla.addSession('mx', customerId);
    const token = { partner: 'mx', availableConnectionToken: 'fake-connection-token-checking' };
    await handler(send('POST', path(), token));
    // Dwolla refuses a spent token; the fake does not, which shows the second request was Dwolla's to judge.
    await handler(send('POST', `${base}/${otherSession}/exchange`, token));
    const [first, second] = onExchangeCreated.mock.calls.map(([, record]: unknown[]) => record as { sessionId: string; exchangeUrl: string });
    expect([first?.sessionId, second?.sessionId]).toEqual([fake.sessionId, otherSession]);
    expect(second?.exchangeUrl).not.toBe(first?.exchangeUrl);
  });

  it('answers with the funding source the customer has already when the same account is linked again', async () => {
    const onExchangeCreated = vi.fn();
    const onError = vi.fn();
    const handler = handlerWith({ onExchangeCreated, onError });
    const body = { partner: 'mx', availableConnectionToken: 'fake-connection-token-savings', fundingSource: { name: 'Savings', bankAccountType: 'savings' } };
    const first = (await (await handler(send('POST', path(), body))).json()) as { fundingSourceUrl: string };
    const again = await handler(send('POST', path(), body));
    expect(again.status).toBe(201);
    const { exchangeUrl, fundingSourceUrl } = (await again.json()) as { exchangeUrl: string; fundingSourceUrl: string };
    expect(fundingSourceUrl).toBe(first.fundingSourceUrl);
    expect(fake.dwolla.fundingSources).toHaveLength(1);
    expect(onExchangeCreated).toHaveBeenLastCalledWith(expect.any(Request), { sessionId: fake.sessionId, customerId, exchangeUrl, fundingSourceUrl });
    expect(onError).not.toHaveBeenCalled();
  });

  it.each([
    ['on another host', 'https://elsewhere.example/funding-sources/fa4e0001'],
    ['that is not a funding source', '{base}/customers/fa4e0001'],
    ['with more path after the id', '{base}/funding-sources/fa4e0001/balance'],
  ])('refuses as before when Dwolla’s DuplicateResource names a link %s', async (_label, href) => {
    const upstream = { code: 'DuplicateResource', message: 'Bank already exists: id=fa4e0001', _links: { about: { href: href.replace('{base}', fake.dwolla.baseUrl) } } };
    const onExchangeCreated = vi.fn();
    const handler = handlerWith({ dwolla: client(refusing(/\/funding-sources$/, 400, upstream)), onExchangeCreated });
    const response = await handler(send('POST', path(), { partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource: { name: 'Checking', bankAccountType: 'checking' } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BadRequest', message: 'Dwolla created the exchange but refused to create the funding source.' });
    // The exchange is recorded without a funding source: the link Dwolla named was not taken for one.
    expect(onExchangeCreated.mock.calls[0]![1]).not.toHaveProperty('fundingSourceUrl');
  });

  describe('a funding source that failed after its exchange was created', () => {
    const fundingSource = { name: 'Checking', bankAccountType: 'checking' };
    const serverError = { code: 'ServerError', message: 'A server error occurred.' };

    /** A first attempt whose funding source Dwolla fails with a 500: the exchange exists, the token is spent. */
    async function failedAttempt(onExchangeCreated = vi.fn()) {
      const response = await handlerWith({ dwolla: client(refusing(/\/funding-sources$/, 500, serverError)), onExchangeCreated })(
        send('POST', path(), { partner: 'plaid', publicToken: 'public-sandbox-fake', fundingSource }),
      );
      const [exchangeId] = [...fake.dwolla.exchanges.keys()];
      return { response, exchangeUrl: `${fake.dwolla.baseUrl}/exchanges/${exchangeId}` };
    }

    it('names the exchange in the error, as Dwolla’s errors name what they are about', async () => {
      const onExchangeCreated = vi.fn();
      const { response, exchangeUrl } = await failedAttempt(onExchangeCreated);
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.', _links: { about: { href: exchangeUrl } } });
      expect(onExchangeCreated).toHaveBeenCalledWith(expect.any(Request), { sessionId: fake.sessionId, customerId, exchangeUrl });
    });

    it('creates only the funding source when asked again with that exchangeUrl instead of the spent token', async () => {
      const { exchangeUrl } = await failedAttempt();
      const onExchangeCreated = vi.fn();
      const response = await handlerWith({ onExchangeCreated })(send('POST', path(), { partner: 'plaid', exchangeUrl, fundingSource }));
      expect(response.status).toBe(201);
      const { fundingSourceUrl } = (await response.json()) as { fundingSourceUrl: string };
      expect(fake.dwolla.exchanges.size).toBe(1);
      expect(fake.dwolla.fundingSources).toEqual([{ id: fundingSourceUrl.split('/').pop(), customerId, exchangeId: exchangeUrl.split('/').pop(), body: { _links: { exchange: { href: exchangeUrl } }, ...fundingSource }, removed: false }]);
      expect(onExchangeCreated).toHaveBeenCalledWith(expect.any(Request), { sessionId: fake.sessionId, customerId, exchangeUrl, fundingSourceUrl });
    });

    it('answers 403 for an exchange that is not the customer’s, and creates nothing', async () => {
      const othersExchange = (await createExchange(client(), 'fa4e0003-0000-4000-8000-00000000c999', { partner: 'plaid', publicToken: 'public-sandbox-fake' })).href;
      for (const exchangeUrl of [othersExchange, `${fake.dwolla.baseUrl}/exchanges/not-one`, 'https://elsewhere.example/exchanges/x']) {
        const response = await handlerWith()(send('POST', path(), { partner: 'plaid', exchangeUrl, fundingSource }));
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Not authorized to use exchange.' });
      }
      expect(fake.dwolla.fundingSources).toEqual([]);
    });

    it.each([
      ['no funding source', { partner: 'plaid', exchangeUrl: 'https://api-sandbox.dwolla.com/exchanges/x' }, [['Required', '/fundingSource']]],
      ['a token besides the exchange', { partner: 'plaid', exchangeUrl: 'https://api-sandbox.dwolla.com/exchanges/x', publicToken: 'public-sandbox-fake', fundingSource }, [['NotAllowed', '/publicToken']]],
      ['an empty exchange URL', { partner: 'plaid', exchangeUrl: ' ', fundingSource }, [['Invalid', '/exchangeUrl']]],
    ])('answers 400 for %s, before asking Dwolla anything', async (_label, body, problems) => {
      const response = await handlerWith()(send('POST', path(), body));
      expect(response.status).toBe(400);
      const { _embedded } = (await response.json()) as { _embedded: { errors: Array<{ code: string; path: string }> } };
      expect(_embedded.errors.map(({ code, path }) => [code, path])).toEqual(problems);
      expect(dwollaRequests(/exchanges|funding-sources/)).toEqual([]);
    });
  });

  it('answers 502 when Dwolla fails otherwise', async () => {
    const wrongSecret = createDwollaClient({ key: fakeDwollaCredentials.key, secret: 'wrong-secret', environment: 'sandbox', baseUrl: fake.dwolla.baseUrl });
    const response = await handlerWith({ dwolla: wrongSecret })(send('POST', path(), { partner: 'plaid', publicToken: 'public-sandbox-fake' }));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ code: 'BadGateway', message: 'Dwolla could not be reached, or refused the request.' });
  });

  it('answers 500 without detail when onExchangeCreated throws', async () => {
    const onError = vi.fn();
    const handler = handlerWith({ onExchangeCreated: () => Promise.reject(new Error('db down')), onError });
    const response = await handler(send('POST', path(), { partner: 'plaid', publicToken: 'public-sandbox-fake' }));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('db down');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'db down' }), expect.any(Request));
  });

  it.each([
    ['authorize denies', { authorize: () => false }, 'user-1'],
    ['there is no customer', {}, 'stranger'],
  ])('answers 403 when %s, before reading the body or asking Dwolla', async (_label, options, user) => {
    const response = await handlerWith(options)(send('POST', path(), 'not json', user));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'Forbidden', message: 'Not authorized to use exchange session.' });
    expect(dwollaRequests(/\/exchanges$/)).toEqual([]);
  });

  const plaid = { partner: 'plaid', publicToken: 'public-sandbox-fake' };
  const checkout = { partner: 'checkout', paymentId: 'pay_fake0003' };
  it.each([
    ['not an object', '["plaid"]', [['Invalid', '/']]],
    ['no partner', { publicToken: 'x' }, [['Required', '/partner']]],
    ['another partner', { partner: 'finicity', publicToken: 'x' }, [['Invalid', '/partner']]],
    ['no token', { partner: 'plaid' }, [['Required', '/publicToken']]],
    ['an empty token', { partner: 'mx', availableConnectionToken: ' ' }, [['Invalid', '/availableConnectionToken']]],
    ['another partner’s token field', { ...plaid, paymentId: 'pay_x' }, [['NotAllowed', '/paymentId']]],
    ['a null funding source', { ...plaid, fundingSource: null }, [['Invalid', '/fundingSource']]],
    ['an unknown account type', { ...plaid, fundingSource: { name: 'A', bankAccountType: 'loan' } }, [['Invalid', '/fundingSource/bankAccountType']]],
    ['a card for Plaid', { ...plaid, fundingSource: { name: 'A', cardDetails: card } }, [['NotAllowed', '/fundingSource/cardDetails'], ['Required', '/fundingSource/bankAccountType']]],
    ['a bank account for Checkout.com', { ...checkout, fundingSource: { name: 'A', bankAccountType: 'checking' } }, [['NotAllowed', '/fundingSource/bankAccountType'], ['Required', '/fundingSource/cardDetails']]],
    ['a card without a city', { ...checkout, fundingSource: { name: 'A', cardDetails: { ...card, billingAddress: { ...card.billingAddress, city: undefined } } } }, [['Required', '/fundingSource/cardDetails/billingAddress/city']]],
    ['a card with an extra field and no name', { ...checkout, fundingSource: { cardDetails: { ...card, cvv: '123' } } }, [['NotAllowed', '/fundingSource/cardDetails/cvv'], ['Required', '/fundingSource/name']]],
    // Dwolla's own limits, which it would check only once the exchange exists and the token is spent.
    ['a bank account name past Dwolla’s 50 characters', { ...plaid, fundingSource: { name: 'n'.repeat(51), bankAccountType: 'checking' } }, [['Invalid', '/fundingSource/name']]],
    ['a card name past 50 characters', { ...checkout, fundingSource: { name: 'n'.repeat(51), cardDetails: card } }, [['Invalid', '/fundingSource/name']]],
    ['a first address line past 50 characters', { ...checkout, fundingSource: { name: 'A', cardDetails: { ...card, billingAddress: { ...card.billingAddress, address1: 'a'.repeat(51) } } } }, [['Invalid', '/fundingSource/cardDetails/billingAddress/address1']]],
    ['a second address line past 100 characters', { ...checkout, fundingSource: { name: 'A', cardDetails: { ...card, billingAddress: { ...card.billingAddress, address2: 'a'.repeat(101) } } } }, [['Invalid', '/fundingSource/cardDetails/billingAddress/address2']]],
    ['a city past 50 characters', { ...checkout, fundingSource: { name: 'A', cardDetails: { ...card, billingAddress: { ...card.billingAddress, city: 'c'.repeat(51) } } } }, [['Invalid', '/fundingSource/cardDetails/billingAddress/city']]],
    ['a state that is not two capitals, and a three-letter country', { ...checkout, fundingSource: { name: 'A', cardDetails: { ...card, billingAddress: { ...card.billingAddress, stateProvinceRegion: 'Iowa', country: 'USA' } } } }, [['Invalid', '/fundingSource/cardDetails/billingAddress/country'], ['Invalid', '/fundingSource/cardDetails/billingAddress/stateProvinceRegion']]],
    ['a lower-case country', { ...checkout, fundingSource: { name: 'A', cardDetails: { ...card, billingAddress: { ...card.billingAddress, country: 'us' } } } }, [['Invalid', '/fundingSource/cardDetails/billingAddress/country']]],
  ])('answers 400 with Dwolla’s validation shape for %s, before asking Dwolla', async (_label, body, problems) => {
    const response = await handlerWith()(send('POST', path(), body));
    expect(response.status).toBe(400);
    const json = (await response.json()) as { code: string; _embedded: { errors: Array<{ code: string; path: string; message: string }> } };
    expect(json.code).toBe('ValidationError');
    expect(json._embedded.errors.map(({ code, path }) => [code, path]).sort()).toEqual([...problems].sort());
    expect(json._embedded.errors.every(({ message }) => message.length > 10)).toBe(true);
    expect(dwollaRequests(/\/exchanges$/)).toEqual([]);
  });
});
