// The launcher's service, React-free: it starts when first shown, runs each state's command on entry
// and aborts it on exit, and is disposed only when React lets go of it for good.
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionError } from '../../src';
import { createLauncherService, type CommandContext } from '../../src/core/launcher/launcher-service';
import type { LauncherCommand, LauncherOutput, LauncherSettings } from '../../src/core/launcher/launcher-state';

const settings: LauncherSettings = { complete: undefined, mxAllowedHosts: undefined, mxLifetimeMs: 600_000, newIdempotencyKey: () => 'key-1' };

function service(idempotencyKey?: string) {
  const performed: LauncherOutput[] = [];
  const commands: { command: LauncherCommand; context: CommandContext }[] = [];
  const created = createLauncherService(
    { kind: 'create', request: { partner: 'plaid' }, partner: 'plaid' },
    { settings: () => settings, perform: (output) => performed.push(output), run: (command, context) => commands.push({ command, context }) },
    idempotencyKey,
  );
  return { launcher: created, performed, commands };
}

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the launcher service', () => {
  it('does nothing until shown; the first attach performs the initial outputs and runs the first command, once', () => {
    const { launcher, performed, commands } = service();
    expect(performed).toEqual([]);
    expect(commands).toEqual([]);
    launcher.attach()();
    launcher.attach();
    expect(performed).toEqual([{ type: 'preload', partner: 'plaid' }]);
    expect(commands.map(({ command }) => command)).toEqual([{ type: 'create', creation: { request: { partner: 'plaid' }, idempotencyKey: 'key-1' } }]);
  });

  it('creates with the key its shell sent the creation with', () => {
    const { launcher, commands } = service('key-from-the-shell');
    launcher.attach();
    expect(commands[0]!.command).toMatchObject({ creation: { idempotencyKey: 'key-from-the-shell' } });
  });

  it('numbers each new state, notifies only when it changes, and runs the new state’s command after aborting the old', () => {
    const { launcher, commands } = service();
    const listener = vi.fn();
    launcher.subscribe(listener);
    launcher.attach();
    launcher.send({ type: 'partnerLoaded' });
    expect(listener).not.toHaveBeenCalled();
    expect(launcher.getSnapshot().seq).toBe(0);
    commands[0]!.context.deliver({ type: 'created', sessionId: 's1' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(launcher.getSnapshot()).toMatchObject({ seq: 1, state: { value: 'loadingSession', sessionId: 's1' } });
    expect(commands[0]!.context.signal.aborted).toBe(true);
    expect(commands[1]!.command).toEqual({ type: 'fetchSession', sessionId: 's1' });
  });

  it('drops the answer of a command whose state has passed', () => {
    const { launcher, performed, commands } = service();
    launcher.attach();
    commands[0]!.context.deliver({ type: 'created', sessionId: 's1' });
    commands[0]!.context.deliver({ type: 'createFailed', error: new ExchangeSessionError('server', 'late') });
    expect(launcher.getSnapshot()).toMatchObject({ seq: 1, state: { value: 'loadingSession' } });
    expect(performed).toEqual([{ type: 'preload', partner: 'plaid' }]);
  });

  it('lives through StrictMode’s let go and keep again; disposed a microtask after the last release, it aborts its command', async () => {
    const { launcher, commands } = service();
    launcher.attach();
    const release = launcher.keep();
    release();
    const releaseAgain = launcher.keep();
    await microtask();
    expect(commands[0]!.context.signal.aborted).toBe(false);
    releaseAgain();
    await microtask();
    expect(commands[0]!.context.signal.aborted).toBe(true);
  });

  it('runs its state’s command anew when kept again after it was disposed', async () => {
    const { launcher, commands } = service();
    launcher.attach();
    launcher.keep()();
    await microtask();
    expect(commands).toHaveLength(1);
    launcher.keep();
    expect(commands).toHaveLength(2);
    expect(commands[1]!.command).toEqual(commands[0]!.command);
    expect(commands[1]!.context.signal.aborted).toBe(false);
  });

  it('is shown while attached: its holder says so to the requests it may hand over', () => {
    const { launcher, commands } = service();
    const hide = launcher.attach();
    const { holder } = commands[0]!.context;
    expect(holder.attached).toBe(true);
    hide();
    expect(holder.attached).toBe(false);
    launcher.attach();
    expect(holder.attached).toBe(true);
    expect(commands).toHaveLength(1);
  });
});
