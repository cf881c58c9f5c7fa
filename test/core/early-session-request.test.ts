import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlySessionRequest, startEarlySessionRequest } from '../../src/core/early-session-request';
import { exchangeSessionFixture } from '../../src/testing/fixtures';

function recordingBackend() {
  const signals: AbortSignal[] = [];
  const endpoint = async (_id: string, { signal }: { signal: AbortSignal }) => (signals.push(signal), exchangeSessionFixture('plaid', { id: 's-1' }));
  return { signals, config: { endpoint } };
}

afterEach(() => vi.useRealTimers());

describe('early session requests', () => {
  it('start once per client and id, and are adopted once', async () => {
    const client = {};
    const { signals, config } = recordingBackend();
    startEarlySessionRequest(client, 's-1', config);
    startEarlySessionRequest(client, 's-1', config);
    expect(signals).toHaveLength(1);
    expect(adoptEarlySessionRequest({}, 's-1', new AbortController().signal)).toBeUndefined();
    const adopted = adoptEarlySessionRequest(client, 's-1', new AbortController().signal);
    expect((await adopted)?.id).toBe('s-1');
    expect(adoptEarlySessionRequest(client, 's-1', new AbortController().signal)).toBeUndefined();
  });

  it('are aborted with the adopting query’s signal', () => {
    const client = {};
    const { signals, config } = recordingBackend();
    startEarlySessionRequest(client, 's-1', config);
    const query = new AbortController();
    void adoptEarlySessionRequest(client, 's-1', query.signal)?.catch(() => {});
    expect(signals[0]!.aborted).toBe(false);
    query.abort();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('are aborted and dropped when no query adopts them within a second (a render that never committed)', async () => {
    vi.useFakeTimers();
    const client = {};
    const { signals, config } = recordingBackend();
    startEarlySessionRequest(client, 's-1', config);
    await vi.advanceTimersByTimeAsync(999);
    expect(signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0]!.aborted).toBe(true);
    expect(adoptEarlySessionRequest(client, 's-1', new AbortController().signal)).toBeUndefined();
  });
});
