import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';

// What an app without the optional peer gets: importing it fails.
vi.mock('react-plaid-link', () => {
  throw new Error('Cannot find package "react-plaid-link"');
});

describe('a partner whose optional peer is not installed', () => {
  it('is a partnerUnavailable error that names the package to install', async () => {
    serveSessions({ [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} {...spies} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'partnerUnavailable');
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0].message).toContain('npm install react-plaid-link');
  });
});
