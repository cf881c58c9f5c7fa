import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { ExchangeSessionLauncher } from '../src';
import { fixtureSessionIds } from '../src/testing/fixtures';
import { partnerScriptHandlers } from '../src/testing/partner-script-handlers';
import { launcherArgTypes, storyBackend } from './support/story-backend';
import { textsOf } from './support/story-texts';

/**
 * When the partner's code cannot be loaded. These stories fail a partner's first load in the page:
 * reload the preview if you opened a story of the same partner before.
 */
const meta = {
  title: 'Launcher/Partner failures',
  component: ExchangeSessionLauncher,
  args: {
    source: { sessionId: fixtureSessionIds.plaid },
    onSuccess: fn(),
    onError: fn(),
    onEvent: fn(),
  },
  argTypes: launcherArgTypes,
} satisfies Meta<typeof ExchangeSessionLauncher>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The app did not install `react-plaid-link` (here: the Plaid chunk fails to load). A Plaid session
 * becomes a `partnerUnavailable` error whose message names the package to install.
 */
export const PartnerPackageMissing: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(/plaid-flow/, () => HttpResponse.error()), ...storyBackend());
  },
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveAttribute('data-error-code', 'partnerUnavailable');
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/npm install react-plaid-link/) })));
  },
};

/** Checkout.com's script answers 404: `partnerLoadFailed`; once it is back, "Try again" mounts Flow. */
export const PartnerScriptFailed: Story = {
  args: { source: { sessionId: fixtureSessionIds.checkout }, checkout: { publicKey: 'pk_sbox_fake0000000000000000000000' } },
  beforeEach({ msw }) {
    msw.use(...storyBackend({ scripts: { checkout: { fail: 'notFound' } } }));
  },
  play: async ({ args, canvas, globals, msw }) => {
    await expect(await canvas.findByRole('alert')).toHaveAttribute('data-error-code', 'partnerLoadFailed');
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'partnerLoadFailed' })));
    msw.use(...partnerScriptHandlers());
    await userEvent.click(canvas.getByRole('button', { name: textsOf(globals).retry }));
    await expect(await canvas.findByRole('textbox', { name: 'Card number' })).toBeVisible();
  },
};
