import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionError } from '../../src';
import type { LauncherOutput, LauncherSettings } from '../../src/core/launcher/launcher-state';
import { createLauncherStore } from '../../src/core/launcher/launcher-store';

const settings: LauncherSettings = { complete: undefined, mxAllowedHosts: undefined, mxLifetimeMs: 600_000 };

function store() {
  const performed: LauncherOutput[] = [];
  const created = createLauncherStore({ kind: 'create', request: { partner: 'plaid' }, partner: 'plaid' }, { settings: () => settings, perform: (output) => performed.push(output) });
  return { store: created, performed };
}

describe('the launcher store', () => {
  it('performs the initial outputs once, on start, never on creation', () => {
    const { store: launcher, performed } = store();
    expect(performed).toEqual([]);
    launcher.start();
    launcher.start();
    expect(performed).toEqual([{ type: 'preload', partner: 'plaid' }]);
  });

  it('numbers each new state, and notifies only when the state changes', () => {
    const { store: launcher } = store();
    const listener = vi.fn();
    launcher.subscribe(listener);
    expect(launcher.getSnapshot()).toMatchObject({ seq: 0, state: { value: 'creating' } });
    launcher.send({ type: 'partnerLoaded' });
    expect(listener).not.toHaveBeenCalled();
    expect(launcher.getSnapshot().seq).toBe(0);
    launcher.send({ type: 'created', sessionId: 's1' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(launcher.getSnapshot()).toMatchObject({ seq: 1, state: { value: 'loadingSession', sessionId: 's1' } });
  });

  it('drops the answer to a command of a state that has passed', () => {
    const { store: launcher, performed } = store();
    launcher.send({ type: 'created', sessionId: 's1' });
    launcher.sendFrom(0, { type: 'createFailed', error: new ExchangeSessionError('server', 'late') });
    expect(launcher.getSnapshot()).toMatchObject({ seq: 1, state: { value: 'loadingSession' } });
    expect(performed).toEqual([]);
    launcher.sendFrom(1, { type: 'sessionFailed', error: new ExchangeSessionError('server', 'now') });
    expect(launcher.getSnapshot().state.value).toBe('error');
    expect(performed).toEqual([{ type: 'error', error: expect.objectContaining({ message: 'now' }) }]);
  });
});
