import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ExchangeSessionLauncher } from '../src';
import { launcherArgs, stateIds, storyBackend } from './support/story-backend';

/** The journey around the partner's UI. */
const meta = {
  title: 'Launcher/Journeys',
  component: ExchangeSessionLauncher,
  args: { ...launcherArgs(), createSession: '/api/exchange-sessions' },
  beforeEach({ msw }) {
    msw.use(...storyBackend());
  },
} satisfies Meta<typeof ExchangeSessionLauncher>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * No session id yet: `partner="plaid"` creates one through your backend (`POST createSession`),
 * once per mount, while Plaid's code and script preload; then the flow runs as usual.
 */
export const CreateOnDemand: Story = {
  args: { partner: 'plaid' },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(await within(canvasElement.ownerDocument.body).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid' })));
  },
};

/**
 * The session's Plaid link token is spent (`INVALID_LINK_TOKEN`): the launcher creates a fresh
 * session once, reports `sessionRenewed`, and opens Link with the new token.
 */
export const RenewSpentSession: Story = {
  args: { sessionId: stateIds.spentPlaid },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(await within(canvasElement.ownerDocument.body).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid' })));
    await expect(args.onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'sessionRenewed', previousSessionId: stateIds.spentPlaid }));
  },
};
