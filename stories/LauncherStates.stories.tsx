import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ExchangeSessionLauncher, type ExchangeSessionErrorCode } from '../src';
import { fakeDeclinedCard } from '../src/testing/fake-checkout';
import { fixtureSessionIds } from '../src/testing/fixtures';
import { launcherArgs, launcherArgTypes, stateIds, storyBackend } from './support/story-backend';
import { textsOf } from './support/story-texts';

/**
 * Every state the launcher can be in besides success: loading, each `ExchangeSessionError` code
 * with its default error UI (`role="alert"`, and "Try again" where trying again can help), the
 * user leaving Plaid Link, and errors the partner's widget reports.
 */
const meta = {
  title: 'Launcher/States',
  component: ExchangeSessionLauncher,
  args: {
    source: { sessionId: stateIds.slow },
    ...launcherArgs(),
  },
  argTypes: launcherArgTypes,
  beforeEach({ msw }) {
    msw.use(...storyBackend());
  },
} satisfies Meta<typeof ExchangeSessionLauncher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story that ends in the default error state for `code`, reported once through `onError`. */
function errorStory(sessionId: string, code: ExchangeSessionErrorCode, extra: Partial<Story['args']> = {}): Story {
  return {
    args: { source: { sessionId }, ...extra },
    play: async ({ args, canvas }) => {
      await expect(await canvas.findByRole('alert')).toHaveAttribute('data-error-code', code);
      await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code })));
      await expect(args.onError).toHaveBeenCalledTimes(1);
    },
  };
}

/** The backend has not answered yet: a busy wrapper with a status message. */
export const Loading: Story = {
  play: async ({ canvas, canvasElement, globals }) => {
    // In a language other than English, the words come with its catalogue, a moment after the markup.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(textsOf(globals).loading));
    await expect(canvasElement.querySelector('[data-status]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** 404 with Dwolla's `NotFound` body: the session expired or never existed. Not retried automatically. */
export const NotFound = errorStory('no-such-session', 'notFound');

/** 403: the app's backend says this user may not read this session. */
export const Forbidden = errorStory(stateIds.forbidden, 'forbidden');

/** 401: the user's sign-in to the app expired. */
export const Unauthorized = errorStory(stateIds.unauthorized, 'unauthorized');

/** 400 with Dwolla's validation errors, kept in `error.dwolla.errors`. */
export const BadRequest = errorStory(stateIds.validation, 'badRequest');

/** 429: too many requests. */
export const RateLimited = errorStory(stateIds.rateLimited, 'rateLimited');

/** 500, retried with backoff, then shown; "Try again" fetches again and the flow starts. */
export const ServerErrorThenRetry: Story = {
  args: { source: { sessionId: stateIds.serverThenOk }, mx: { allowedHosts: [location.origin] } },
  play: async ({ args, canvas, globals }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveAttribute('data-error-code', 'server');
    await userEvent.click(canvas.getByRole('button', { name: textsOf(globals).retry }));
    await waitFor(() => expect(args.onRedirect).toHaveBeenCalledTimes(1));
  },
};

/** The backend could not be reached at all (offline, DNS, CORS). */
export const NetworkError: Story = {
  args: { source: { sessionId: stateIds.network } },
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveAttribute('data-error-code', 'network');
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'network' })));
  },
};

/** A truncated JSON body. */
export const MalformedBody = errorStory(stateIds.malformed, 'invalidResponse');

/** An HTML page answered with 200, as a login redirect would. */
export const HtmlInsteadOfJson = errorStory(stateIds.html, 'invalidResponse');

/** A well-formed session of a partner this library does not run (no MX, Plaid or Checkout.com field). */
export const UnknownPartner = errorStory(stateIds.unknownPartner, 'unsupportedPartner');

/** Something that is not a session id: a URL that is not Dwolla's exchange-session resource. */
export const InvalidSessionId = errorStory('https://example.com/not-a-session', 'invalidSessionId');

/** An MX URL that is not `https:` on an MX host is never used. */
export const UnsafeMxUrl = errorStory(stateIds.unsafeMx, 'unsafeRedirect');

/** Checkout.com Flow without a public key. */
export const MissingCheckoutKey = errorStory(fixtureSessionIds.checkout, 'configuration');

/** A production Checkout.com session without `checkout.environment`: never silently production. */
export const CheckoutEnvironmentRequired = errorStory(stateIds.productionCheckout, 'configuration', {
  checkout: { publicKey: 'pk_fake0000000000000000000000' },
});

/** The user closes Plaid Link: `onExit`, and a button to continue. */
export const UserExit: Story = {
  args: { source: { sessionId: fixtureSessionIds.plaid } },
  play: async ({ args, canvas, canvasElement, globals }) => {
    // The fake Plaid Link speaks English, as Plaid's own would here.
    await userEvent.click(await within(canvasElement.ownerDocument.body).findByRole('button', { name: 'Exit' }));
    await waitFor(() => expect(args.onExit).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid', error: null })));
    await expect(await canvas.findByRole('button', { name: textsOf(globals).plaidContinue })).toBeEnabled();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** Plaid Link closes on its own error (the bank is down): `onExit` with the error, and a `partnerError`. */
export const PlaidReportsAnError: Story = {
  args: { source: { sessionId: stateIds.institutionDown } },
  play: async ({ args }) => {
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'partnerError' })));
    await expect(args.onExit).toHaveBeenCalledWith(expect.objectContaining({ error: expect.objectContaining({ error_code: 'INSTITUTION_DOWN' }) }));
  },
};

/** Flow declines the card: a `partnerError` through `onError`, and Flow stays for another card. */
export const CardDeclined: Story = {
  args: { source: { sessionId: fixtureSessionIds.checkout }, checkout: { publicKey: 'pk_sbox_fake0000000000000000000000' } },
  play: async ({ args, canvas }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }), fakeDeclinedCard);
    await userEvent.click(canvas.getByRole('button', { name: 'Pay' }));
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'partnerError' })));
    await expect(canvas.getByRole('button', { name: 'Pay' })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};
