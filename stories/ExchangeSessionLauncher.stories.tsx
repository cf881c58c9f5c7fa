import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ExchangeSessionLauncher } from '../src';
import type { FakeCheckoutLog } from '../src/testing/fake-checkout';
import type { FakePlaidLog } from '../src/testing/fake-plaid';
import { fixtureSessionIds } from '../src/testing/fixtures';
import { fakeMxUrl, launcherArgs, launcherArgTypes, storyBackend } from './support/story-backend';
import { textsOf } from './support/story-texts';

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
  play: async ({ args, canvas, globals }) => {
    await expect(await canvas.findByText(textsOf(globals).mxRedirecting)).toBeVisible();
    await waitFor(() => expect(args.onRedirect).toHaveBeenCalledWith(fakeMxUrl()));
    await expect(args.onRedirect).toHaveBeenCalledTimes(1);
  },
};

/** MX Connect in an iframe; its `mx/connect/…` messages arrive as `onEvent`, the connected member as `onSuccess`. */
export const MxEmbed: Story = {
  args: { source: { sessionId: fixtureSessionIds.mx }, mx: { mode: 'embed', allowedHosts: [location.origin] } },
  play: async ({ args, canvas, globals }) => {
    const frame = (await canvas.findByTitle(textsOf(globals).mxFrameTitle)) as HTMLIFrameElement;
    // The fake MX Connect page speaks English, as MX's own would here.
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

/**
 * Plaid Link open over the page (the README's picture): the test kit's stand-in is a modal dialog
 * that takes the focus, lists the institutions, and exits on Escape or ×.
 */
export const PlaidLinkOpen: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await pageOf(canvasElement).findByRole('dialog', { name: /Plaid Link/ });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(within(dialog).getByRole('searchbox', { name: 'Search for your bank' })).toHaveFocus();
    await expect(within(dialog).getByRole('radio', { name: 'First Platypus Bank' })).toBeChecked();
  },
};

/** MX Connect in its frame, before the user connects (the README's picture): institutions, sign-in, Connect. */
export const MxEmbedOpen: Story = {
  args: MxEmbed.args,
  play: async ({ canvas, globals }) => {
    const frame = (await canvas.findByTitle(textsOf(globals).mxFrameTitle)) as HTMLIFrameElement;
    await waitFor(() => expect(within(frame.contentDocument!.body).getByRole('button', { name: 'Connect' })).toBeVisible());
  },
};

/** Checkout.com Flow's card form, filled in and not yet sent (the README's picture). */
export const CheckoutFlowForm: Story = {
  args: CheckoutFlow.args,
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Expiry date' }), '12 / 30');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Security code' }), '123');
    // In the app's appearance tokens (checkout.appearance's colorAction and radii, here), as Flow is.
    const pay = canvas.getByRole('button', { name: 'Pay' });
    await expect(getComputedStyle(pay)).toMatchObject({ backgroundColor: 'rgb(11, 92, 255)', borderTopLeftRadius: '6px' });
  },
};

/**
 * After Flow, a card whose funding source is made from the user's choice: the billing-details step
 * (the README's picture; the whole journey is *Launcher/Journeys*' CompleteCheckoutWithBillingDetails).
 */
export const CheckoutBillingStep: Story = {
  args: { ...CheckoutFlow.args, complete: { fundingSource: true } },
  play: async ({ canvas, globals }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(canvas.getByRole('button', { name: 'Pay' }));
    await expect(await canvas.findByRole('group', { name: textsOf(globals).billingLegend })).toBeVisible();
  },
};
