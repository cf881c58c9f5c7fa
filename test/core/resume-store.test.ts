import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearExchangeSessionResume, readExchangeSessionResume, saveExchangeSessionResume } from '../../src/core';

const key = 'react-dwolla-exchange:resume';
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('the resume store', () => {
  it('keeps only the session id, the partner and, for a re-authentication, the exchange id', () => {
    saveExchangeSessionResume({ sessionId: 'abc', partner: 'plaid', exchangeId: 'exchange-1', ...({ linkToken: 'link-sandbox-fake', secret: 'x' } as object) });
    expect(Object.keys(JSON.parse(sessionStorage.getItem(key)!)).sort()).toEqual(['exchangeId', 'partner', 'savedAt', 'sessionId']);
    expect(readExchangeSessionResume()).toEqual({ sessionId: 'abc', partner: 'plaid', exchangeId: 'exchange-1', savedAt: expect.any(Number) });
    saveExchangeSessionResume({ sessionId: 'def', partner: 'mx' });
    expect(readExchangeSessionResume()).toEqual({ sessionId: 'def', partner: 'mx', savedAt: expect.any(Number) });
  });

  it('forgets a record past maxAgeMs, a malformed one, and on clear', () => {
    saveExchangeSessionResume({ sessionId: 'abc', partner: 'mx' });
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 31 * 60 * 1000);
    expect(readExchangeSessionResume()).toBeUndefined();
    expect(sessionStorage.getItem(key)).toBeNull();
    vi.restoreAllMocks();

    sessionStorage.setItem(key, '{"sessionId":"abc","partner":"finicity","savedAt":1}');
    expect(readExchangeSessionResume({ maxAgeMs: Infinity })).toBeUndefined();
    sessionStorage.setItem(key, '{not json');
    expect(readExchangeSessionResume()).toBeUndefined();

    saveExchangeSessionResume({ sessionId: 'abc', partner: 'plaid' }, { key: 'custom' });
    clearExchangeSessionResume({ key: 'custom' });
    expect(readExchangeSessionResume({ key: 'custom' })).toBeUndefined();
  });

  // What useExchangeSessionResume (removed) checked, read from the store itself.
  it('reads a saved record as often as asked, without removing it', () => {
    saveExchangeSessionResume({ sessionId: 'saved', partner: 'plaid' });
    const saved = { sessionId: 'saved', partner: 'plaid', savedAt: expect.any(Number) };
    expect(readExchangeSessionResume()).toEqual(saved);
    expect(readExchangeSessionResume()).toEqual(saved);
    expect(sessionStorage.getItem(key)).not.toBeNull();
  });

  it('removes an expired record it reads, and reports none', () => {
    sessionStorage.setItem(key, JSON.stringify({ sessionId: 'old', partner: 'mx', savedAt: Date.now() - 31 * 60_000 }));
    expect(readExchangeSessionResume()).toBeUndefined();
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('keeps a record older than the default 30 minutes while it is younger than maxAgeMs', () => {
    const savedAt = Date.now() - 31 * 60_000;
    sessionStorage.setItem(key, JSON.stringify({ sessionId: 'old', partner: 'mx', savedAt }));
    expect(readExchangeSessionResume({ maxAgeMs: 60 * 60_000 })).toEqual({ sessionId: 'old', partner: 'mx', savedAt });
    expect(sessionStorage.getItem(key)).not.toBeNull();
  });

  it('loses only the resume when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('QuotaExceededError');
    });
    expect(() => saveExchangeSessionResume({ sessionId: 'abc', partner: 'mx' })).not.toThrow();
  });
});
