import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ExchangeSessionLauncher, type ExchangePartner } from '../src';
import { exchangeSessionHandlers } from '../src/testing/exchange-session-handlers';
import { fakeMxConnectPath } from '../src/testing/fake-mx-connect';
import { exchangeSessionFixture, fixtureSessionIds } from '../src/testing/fixtures';
import { partnerScriptHandlers } from '../src/testing/partner-script-handlers';

const unsafeMxId = 'unsafe-mx-url';

const meta = {
  title: 'Components/ExchangeSessionLauncher',
  component: ExchangeSessionLauncher,
  args: {
    sessionId: fixtureSessionIds.plaid,
    endpoint: '/api/exchange-sessions',
    onSuccess: fn(),
    onExit: fn(),
    onError: fn(),
    onEvent: fn(),
    onRedirect: fn(),
  },
  beforeEach({ msw }) {
    const mxUrl = `${location.origin}${fakeMxConnectPath}?token=FAKE-mx-token`;
    const sessions: Record<string, object> = Object.fromEntries(
      (Object.keys(fixtureSessionIds) as ExchangePartner[]).map((partner) => [
        fixtureSessionIds[partner],
        exchangeSessionFixture(partner, { mxUrl }),
      ]),
    );
    sessions[unsafeMxId] = exchangeSessionFixture('mx', { mxUrl: 'javascript:alert(document.cookie)' });
    msw.use(...exchangeSessionHandlers({ sessions, delay: 300 }), ...partnerScriptHandlers());
  },
} satisfies Meta<typeof ExchangeSessionLauncher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Plaid Link opens by itself once ready (a local stand-in for Plaid's script). */
export const PlaidAutoOpen: Story = {};

/** Plaid Link behind a button. */
export const PlaidButton: Story = { args: { plaid: { open: 'button', buttonLabel: 'Link your bank with Plaid' } } };

/** MX Connect embedded in an iframe; the local stand-in posts MX's real messages. */
export const MxEmbed: Story = {
  args: { sessionId: fixtureSessionIds.mx, mx: { mode: 'embed', allowedHosts: [location.origin] } },
};

/** MX redirect mode: `onRedirect` receives the URL (see Actions) instead of the page leaving. */
export const MxRedirect: Story = {
  args: { sessionId: fixtureSessionIds.mx, mx: { allowedHosts: [location.origin] } },
};

/** Checkout.com Flow for debit-card capture (a local stand-in for Checkout's script). */
export const CheckoutFlow: Story = {
  args: {
    sessionId: fixtureSessionIds.checkout,
    checkout: { publicKey: 'pk_sbox_fake0000000000000000000000', locale: 'en-US' },
  },
};

/** An MX URL that is not `https:` on an MX host is never used: `unsafeRedirect`. */
export const UnsafeMxUrl: Story = { args: { sessionId: unsafeMxId } };

/** Checkout.com without a public key: a `configuration` error, with no retry. */
export const MissingCheckoutKey: Story = { args: { sessionId: fixtureSessionIds.checkout } };
