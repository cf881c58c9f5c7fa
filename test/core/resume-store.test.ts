import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearExchangeSessionResume, readExchangeSessionResume, saveExchangeSessionResume } from '../../src';

const key = 'react-dwolla-exchange:resume';
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('the resume store', () => {
  it('keeps only the session id, the partner and, for Plaid, the link token', () => {
    saveExchangeSessionResume({ sessionId: 'abc', partner: 'plaid', linkToken: 'link-sandbox-fake', ...({ secret: 'x' } as object) });
    expect(Object.keys(JSON.parse(sessionStorage.getItem(key)!)).sort()).toEqual(['linkToken', 'partner', 'savedAt', 'sessionId']);
    expect(readExchangeSessionResume()).toMatchObject({ sessionId: 'abc', partner: 'plaid', linkToken: 'link-sandbox-fake' });
    saveExchangeSessionResume({ sessionId: 'def', partner: 'mx', linkToken: 'ignored' });
    expect(readExchangeSessionResume()).not.toHaveProperty('linkToken');
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

  it('loses only the resume when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('QuotaExceededError');
    });
    expect(() => saveExchangeSessionResume({ sessionId: 'abc', partner: 'mx' })).not.toThrow();
  });
});
