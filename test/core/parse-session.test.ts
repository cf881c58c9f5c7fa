import { describe, expect, it } from 'vitest';
import { ExchangeSessionError, parseExchangeSession, type ExchangeSessionErrorCode } from '../../src/core';
import { exchangeSessionFixture, fakePartnerValues, fixtureSessionIds } from '../../src/testing/fixtures';

function parseError(json: unknown, id?: string): ExchangeSessionError {
  try {
    parseExchangeSession(json, id);
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeSessionError);
    return error as ExchangeSessionError;
  }
  throw new Error('expected parseExchangeSession to throw');
}

function expectCode(json: unknown, code: ExchangeSessionErrorCode, message?: RegExp) {
  const error = parseError(json, 'requested-id');
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

describe('parseExchangeSession', () => {
  it('reads an MX session from _links["external-provider-session"]', () => {
    expect(parseExchangeSession(exchangeSessionFixture('mx', { created: '2026-11-25T15:00:00.000Z' }))).toEqual({
      partner: 'mx',
      id: fixtureSessionIds.mx,
      created: '2026-11-25T15:00:00.000Z',
      partnerHref: 'https://api-sandbox.dwolla.com/exchange-partners/fa4e0002-0000-4000-8000-0000000000b1',
      url: fakePartnerValues.mxUrl,
    });
  });

  it('reads a Plaid session from externalProviderSessionToken', () => {
    const session = parseExchangeSession(exchangeSessionFixture('plaid', { environment: 'production' }));
    expect(session).toMatchObject({ partner: 'plaid', id: fixtureSessionIds.plaid, linkToken: fakePartnerValues.plaidLinkToken });
    expect(session.partnerHref).toMatch(/^https:\/\/api\.dwolla\.com\/exchange-partners\//);
  });

  it('reads a Checkout.com session, keeping only the three snake_case fields Flow needs', () => {
    const json = exchangeSessionFixture('checkout');
    const withExtra = { ...json, externalProviderSessionData: { ...json.externalProviderSessionData, extra: 'dropped' } };
    const session = parseExchangeSession(withExtra);
    expect(session).toMatchObject({ partner: 'checkout', id: fixtureSessionIds.checkout });
    expect(session.partner === 'checkout' && session.paymentSession).toEqual(fakePartnerValues.checkoutPaymentSession);
  });

  it('takes the id from _links.self.href over the requested one, else the requested one', () => {
    expect(parseExchangeSession(exchangeSessionFixture('plaid'), 'other').id).toBe(fixtureSessionIds.plaid);
    const { self: _self, ...linksWithoutSelf } = exchangeSessionFixture('plaid')._links;
    const json = { ...exchangeSessionFixture('plaid'), _links: linksWithoutSelf };
    expect(parseExchangeSession(json, 'requested-id').id).toBe('requested-id');
    expect(parseError(json).message).toMatch(/no valid _links.self.href \(and no id was requested\)/);
  });

  it.each([
    ['null', null],
    ['an array', [exchangeSessionFixture('mx')]],
    ['a string', '{"created":"x"}'],
    ['a number', 42],
  ])('rejects %s as invalidResponse', (_label, json) => {
    expectCode(json, 'invalidResponse', /no valid JSON object/);
  });

  it('rejects bodies without _links, created or the exchange-partner link', () => {
    const { _links, ...noLinks } = exchangeSessionFixture('plaid');
    expectCode(noLinks, 'invalidResponse', /no valid _links\.$/);
    expectCode({ ...exchangeSessionFixture('plaid'), _links: 'x' }, 'invalidResponse', /no valid _links\.$/);
    expectCode({ ...exchangeSessionFixture('plaid'), created: 1 }, 'invalidResponse', /no valid created/);
    const { 'exchange-partner': _partner, ...noPartner } = _links;
    expectCode({ ...exchangeSessionFixture('plaid'), _links: noPartner }, 'invalidResponse', /exchange-partner/);
  });

  it('reports a well-formed session with no known partner field as unsupportedPartner', () => {
    const { externalProviderSessionToken: _token, ...finicity } = exchangeSessionFixture('plaid');
    const error = parseError(finicity);
    expect(error.code).toBe('unsupportedPartner');
    expect(error.sessionId).toBe(fixtureSessionIds.plaid);
    expect(error.message).toMatch(/not an MX, Plaid or Checkout.com session/);
    expectCode({ ...finicity, externalProviderSessionToken: null }, 'unsupportedPartner');
  });

  it('rejects a body with more than one partner’s fields as ambiguous', () => {
    const both = { ...exchangeSessionFixture('mx'), externalProviderSessionToken: fakePartnerValues.plaidLinkToken };
    expectCode(both, 'invalidResponse', /fields of mx and plaid/);
    const all = { ...both, externalProviderSessionData: fakePartnerValues.checkoutPaymentSession };
    expectCode(all, 'invalidResponse', /fields of mx and plaid and checkout/);
  });

  it.each([
    ['an MX link without href', () => withMxLink({ type: 'x' })],
    ['an MX link with an empty href', () => withMxLink({ href: '' })],
    ['an MX link that is a string', () => withMxLink('https://int-widgets.moneydesktop.com/x')],
    ['a numeric Plaid token', () => ({ ...exchangeSessionFixture('plaid'), externalProviderSessionToken: 42 })],
    ['an empty Plaid token', () => ({ ...exchangeSessionFixture('plaid'), externalProviderSessionToken: '' })],
    ['Checkout data that is a string', () => withCheckoutData('ps_123')],
    ['Checkout data without a secret', () => withCheckoutData({ id: 'ps_1', payment_session_token: 't' })],
    ['Checkout data with a numeric id', () => withCheckoutData({ ...fakePartnerValues.checkoutPaymentSession, id: 1 })],
  ])('rejects %s as invalidResponse', (_label, build) => {
    expectCode(build(), 'invalidResponse');
  });

  it('never reads a field from the prototype chain', () => {
    const json = JSON.parse(
      JSON.stringify({ ...exchangeSessionFixture('plaid'), externalProviderSessionToken: undefined }).replace(
        '{',
        `{"__proto__":{"externalProviderSessionToken":"${fakePartnerValues.plaidLinkToken}"},`,
      ),
    );
    expectCode(json, 'unsupportedPartner');
  });
});

function withMxLink(link: unknown) {
  const json = exchangeSessionFixture('mx');
  return { ...json, _links: { ...json._links, 'external-provider-session': link } };
}

function withCheckoutData(data: unknown) {
  return { ...exchangeSessionFixture('checkout'), externalProviderSessionData: data };
}
