// The launcher's own code is a chunk that loads at mount: a chunk that cannot load (a deploy
// replaced it, the network dropped) is an error the user can try again, not a crash.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';

const chunk = vi.hoisted(() => ({ loads: 0, failures: 1 }));

vi.mock('../../src/components/launcher-screen', async (importOriginal) => {
  chunk.loads += 1;
  if (chunk.loads <= chunk.failures) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('<ExchangeSessionLauncher> whose code cannot load', () => {
  it('shows an error, reports it once, and loads again on "Try again"', async () => {
    const id = fixtureSessionIds.mx;
    serveSessions({ [id]: exchangeSessionFixture('mx') });
    const spies = launcherSpies();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: id }} {...spies} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the server. Check your connection and try again. (network)');
    expect(container.firstElementChild).toHaveAttribute('data-status', 'error');
    // Reported from the commit that shows it (a passive effect): it may land just after the alert.
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'network', message: 'The launcher’s code could not be loaded.' });

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(chunk.loads).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
