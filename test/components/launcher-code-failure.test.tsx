// The launcher's own code is a chunk that loads at mount, the account picker another: a chunk that cannot load (a deploy
// replaced it, the network dropped) is an error the user can try again, not a crash.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { saveExchangeSessionResume } from '../../src/core';
import { exchangeJourneyHandlers } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';

const chunks = vi.hoisted(() => ({ launcher: 0, picker: 0 }));

// Each chunk fails its first load, as a chunk replaced by a deploy or lost to the network does.
vi.mock('../../src/components/launcher-screen', async (importOriginal) => {
  if ((chunks.launcher += 1) === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});
// The main entry's picker renders the same module, so it loads with the library; its first read by
// the launcher's loader fails instead.
vi.mock('../../src/components/connection-picker', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/components/connection-picker')>();
  return {
    get ConnectionPicker() {
      if ((chunks.picker += 1) === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return original.ConnectionPicker;
    },
  };
});

describe('<ExchangeSessionLauncher> whose code cannot load', () => {
  it('shows an error, reports it once, and loads again on "Try again"', async () => {
    const id = fixtureSessionIds.mx;
    serveSessions({ [id]: exchangeSessionFixture('mx') });
    const spies = launcherSpies();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} {...spies} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the server.Check your connection, then try again.');
    expect(container.firstElementChild).toHaveAttribute('data-status', 'error');
    // Reported from the commit that shows it (a passive effect): it may land just after the alert.
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'network', message: 'The launcher’s code could not be loaded.' });

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(chunks.launcher).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the account picker’s failed load as an error, and loads it again on "Try again"', async () => {
    saveExchangeSessionResume({ sessionId: fixtureSessionIds.mx, partner: 'mx' });
    server.use(...exchangeJourneyHandlers());
    const spies = launcherSpies();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ resume: true }} complete {...spies} />);

    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'network');
    // #23 defect 6: reported once, and the launcher's status says so.
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'network', message: 'The account picker’s code could not be loaded.' });
    expect(container.firstElementChild).toHaveAttribute('data-status', 'error');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: 'MX Bank Checking ••1111' })).toBeInTheDocument();
    expect(chunks.picker).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-status', 'choosing');
    expect(spies.onError).toHaveBeenCalledTimes(1);
  });
});
