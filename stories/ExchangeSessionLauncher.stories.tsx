import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ExchangeSessionLauncher } from '../src';
import type { FakeCheckoutLog } from '../src/testing/fake-checkout';
import type { FakePlaidLog } from '../src/testing/fake-plaid';
import { fixtureSessionIds } from '../src/testing/fixtures';
import { fakeMxUrl, launcherArgs, launcherArgTypes, storyBackend } from './support/story-backend';

/** The whole page: Plaid Link opens outside the story's canvas. */
const pageOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const fakes = () => window as unknown as { __fakePlaid: FakePlaidLog; __fakeCheckout: FakeCheckoutLog };

/**
 * The launcher fetches the session its `source` names from the app's backend (mocked here, at the
 * default routes under `/api/exchange-sessions`) and runs the partner flow its shape calls for.
 * Partner scripts and the MX Connect page are local stand-ins; the Actions panel shows every
 * callback with its payload.
 */
const meta = {
  title: 'Launcher/Partners',
  component: ExchangeSessionLauncher,
  args: {
    source: { sessionId: fixtureSessionIds.plaid },
    ...launcherArgs(),
  },
  argTypes: launcherArgTypes,
  beforeEach({ msw }) {
    msw.use(...storyBackend());
  },
} satisfies Meta<typeof ExchangeSessionLauncher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** MX's default: the page goes to MX Connect. Here `onRedirect` receives the URL instead (see Actions). */
export const MxRedirect: Story = {
  args: { source: { sessionId: fixtureSessionIds.mx }, mx: { allowedHosts: [location.origin] } },
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByText(/Taking you to MX/)).toBeVisible();
    await waitFor(() => expect(args.onRedirect).toHaveBeenCalledWith(fakeMxUrl()));
    await expect(args.onRedirect).toHaveBeenCalledTimes(1);
  },
};

/** MX Connect in an iframe; its `mx/connect/…` messages arrive as `onEvent`, the connected member as `onSuccess`. */
export const MxEmbed: Story = {
  args: { source: { sessionId: fixtureSessionIds.mx }, mx: { mode: 'embed', allowedHosts: [location.origin] } },
  play: async ({ args, canvas }) => {
    const frame = (await canvas.findByTitle('MX Connect: link your bank account')) as HTMLIFrameElement;
    const connect = await waitFor(() => within(frame.contentDocument!.body).getByRole('button', { name: 'Connect' }));
    // A plain click: user-event would keep tracking the iframe's document after the story unmounts it.
    connect.click();
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'mx', memberGuid: 'MBR-fake-0000' })),
    );
  },
};

/** Plaid Link opens by itself as soon as it is ready. */
export const PlaidAutoOpen: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid', publicToken: expect.stringMatching(/^public-sandbox-/) })));
    await waitFor(() => expect(canvasElement.querySelector('[data-status]')).toHaveAttribute('data-status', 'success'));
  },
};

/** Plaid Link behind a button of your wording. */
export const PlaidButtonOpen: Story = {
  args: { plaid: { open: 'button' }, messages: { plaidButton: 'Link your bank with Plaid' } },
  play: async ({ args, canvas, canvasElement }) => {
    const button = await canvas.findByRole('button', { name: 'Link your bank with Plaid' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** Back from a bank's OAuth page: the same link token, re-initialised with `plaid.receivedRedirectUri`. */
export const PlaidOAuthReturn: Story = {
  args: { plaid: { receivedRedirectUri: 'https://app.example/plaid-oauth?oauth_state_id=fake-oauth-state' } },
  play: async ({ canvasElement }) => {
    await pageOf(canvasElement).findByRole('dialog', { name: /Plaid Link/ });
    await expect(fakes().__fakePlaid.configs.at(-1)?.receivedRedirectUri).toBe(
      'https://app.example/plaid-oauth?oauth_state_id=fake-oauth-state',
    );
  },
};

/** Checkout.com Flow for debit-card capture (Push to Card), with a locale and appearance tokens. */
export const CheckoutFlow: Story = {
  args: {
    source: { sessionId: fixtureSessionIds.checkout },
    checkout: { publicKey: 'pk_sbox_fake0000000000000000000000', locale: 'en-GB', appearance: { colorAction: '#0b5cff', borderRadius: ['6px', '6px'] } },
  },
  play: async ({ args, canvas }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(canvas.getByRole('button', { name: 'Pay' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'checkout', paymentId: expect.stringMatching(/^pay_/) })));
    await expect(fakes().__fakeCheckout.lastOptions).toMatchObject({ locale: 'en-GB', appearance: { colorAction: '#0b5cff' } });
  },
};
