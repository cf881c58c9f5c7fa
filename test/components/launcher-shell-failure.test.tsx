// #23 defect 7: the shell reports the failed load of the launcher's code once, however often its
// parent renders it again with a new inline onError.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { renderStrict, serveSessions } from '../support/launcher-harness';

vi.mock('../../src/components/launcher-screen', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('the shell whose launcher code cannot load', () => {
  it('calls onError once, not once per render of its parent', async () => {
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    const reported = vi.fn();
    const launcher = () => <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} onError={(error) => reported(error)} />;
    const view = renderStrict(launcher());
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'network');
    await waitFor(() => expect(reported).toHaveBeenCalledTimes(1));
    view.rerender(launcher());
    view.rerender(launcher());
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(reported).toHaveBeenCalledTimes(1);
  });
});
