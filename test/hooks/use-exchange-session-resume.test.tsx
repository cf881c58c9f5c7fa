import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveExchangeSessionResume, useExchangeSessionResume } from '../../src';

afterEach(() => sessionStorage.clear());

describe('useExchangeSessionResume', () => {
  it('reads the saved session on the client', () => {
    saveExchangeSessionResume({ sessionId: 'saved', partner: 'plaid', linkToken: 'link-sandbox-fake' });
    const { result } = renderHook(() => useExchangeSessionResume());
    expect(result.current).toMatchObject({ ready: true, record: { sessionId: 'saved', partner: 'plaid', linkToken: 'link-sandbox-fake' } });
  });

  it('removes an expired record once committed, and reports none', () => {
    sessionStorage.setItem('react-dwolla-exchange:resume', JSON.stringify({ sessionId: 'old', partner: 'mx', savedAt: Date.now() - 31 * 60_000 }));
    const { result } = renderHook(() => useExchangeSessionResume());
    expect(result.current.record).toBeUndefined();
    expect(sessionStorage.getItem('react-dwolla-exchange:resume')).toBeNull();
  });

  it('reads nothing while disabled', () => {
    saveExchangeSessionResume({ sessionId: 'saved', partner: 'mx' });
    const { result } = renderHook(() => useExchangeSessionResume({}, false));
    expect(result.current).toMatchObject({ ready: false, record: undefined });
    expect(sessionStorage.getItem('react-dwolla-exchange:resume')).not.toBeNull();
  });
});
