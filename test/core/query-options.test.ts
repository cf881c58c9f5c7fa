import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionError, exchangeSessionQueryKey, exchangeSessionQueryOptions, type ExchangeSessionErrorCode } from '../../src/core';
import { shouldRetry } from '../../src/core/backend/retry-policy';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';

describe('exchangeSessionQueryOptions', () => {
  it('keys a session by its bare id, whether given the id or the resource URL', () => {
    const id = fixtureSessionIds.mx;
    expect(exchangeSessionQueryKey(id)).toEqual(['dwolla-exchange-session', id]);
    expect(exchangeSessionQueryKey(`https://api.dwolla.com/exchange-sessions/${id}`)).toEqual(['dwolla-exchange-session', id]);
  });

  it('is disabled for an empty id and enabled for an invalid one, so that it fails visibly', () => {
    expect(exchangeSessionQueryOptions('  ').enabled).toBe(false);
    expect(exchangeSessionQueryOptions('..')).toMatchObject({ enabled: true, queryKey: ['dwolla-exchange-session', '..'] });
  });

  it('sets the single-use defaults', () => {
    expect(exchangeSessionQueryOptions('abc', { basePath: '/x' })).toMatchObject({
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      networkMode: 'always',
    });
  });

  it('prefetches into a QueryClient with a function endpoint, as a server would', async () => {
    const client = new QueryClient();
    const options = exchangeSessionQueryOptions(fixtureSessionIds.mx, { session: async () => exchangeSessionFixture('mx') });
    await client.prefetchQuery(options);
    expect(client.getQueryData(options.queryKey)?.partner).toBe('mx');
  });
});

describe('shouldRetry', () => {
  const error = (code: ExchangeSessionErrorCode) => new ExchangeSessionError(code, code);

  it.each<ExchangeSessionErrorCode>(['network', 'server'])('retries %s up to three times', (code) => {
    expect([0, 1, 2, 3].map((failures) => shouldRetry(failures, error(code)))).toEqual([true, true, true, false]);
  });

  it.each<ExchangeSessionErrorCode>([
    'notFound', 'forbidden', 'unauthorized', 'badRequest', 'rateLimited', 'invalidResponse',
    'unsupportedPartner', 'invalidSessionId', 'configuration', 'aborted',
  ])('never retries %s', (code) => {
    expect(shouldRetry(0, error(code))).toBe(false);
  });

  it('never retries an error that is not ours', () => {
    expect(shouldRetry(0, new TypeError('x'))).toBe(false);
  });
});
