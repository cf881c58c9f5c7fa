import { describe, expect, it } from 'vitest';
import { ExchangeSessionError } from '../../src';
import { findExchangePartner } from '../../src/server';
import { fakeDwollaPerTest } from './handler-harness';

const fake = fakeDwollaPerTest();

describe('a partner’s name: this library’s id or Dwolla’s name, in any case', () => {
  it.each([
    ['plaid', 'plaid'],
    ['PLAID', 'plaid'],
    ['Plaid', 'plaid'],
    ['mx', 'mx'],
    ['MX', 'mx'],
    ['checkout', 'checkout'],
    ['CHECKOUT', 'checkout'],
    ['Checkout', 'checkout'],
    ['checkout.COM', 'checkout'],
    ['Checkout.com', 'checkout'],
    ['FINICITY', 'finicity'],
  ] as const)('finds "%s" as %s', async (name, partner) => {
    expect((await findExchangePartner(fake.client(), name)).href).toBe(fake.dwolla.partnerHref(partner));
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'plaid ', 'check', ''])('answers "%s" with unsupportedPartner', async (name) => {
    const error = await findExchangePartner(fake.client(), name).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ExchangeSessionError);
    expect(error).toMatchObject({ code: 'unsupportedPartner' });
  });
});

describe('dwolla.request with a path that is not one of Dwolla’s', () => {
  it.each(['http://', 'https://[', 'https://exa mple.com/x', 'exchange-partners', '/customers/../token', '/exchange-sessions/%2e%2e/x', '/a b'])(
    'refuses "%s" with a configuration error, sending nothing',
    async (path) => {
      const error = await fake.client().request({ method: 'GET', path }).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(ExchangeSessionError);
      expect(error).toMatchObject({ code: 'configuration' });
      expect(fake.dwolla.requests.filter((request) => request.path !== '/token')).toEqual([]);
    },
  );
});
