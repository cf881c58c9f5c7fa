import type { Meta, StoryObj } from '@storybook/react-vite';
import { useExchangeSession, type ExchangePartner } from '../src';
import { exchangeSessionHandlers } from '../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../src/testing/fixtures';

interface SessionInspectorProps {
  /** The session id handed to `useExchangeSession`. */
  sessionId: string;
}

/** What `useExchangeSession` returns, for apps that build their own UI. */
function SessionInspector({ sessionId }: SessionInspectorProps) {
  const { data: session, error, isPending, fetchStatus, refetch } = useExchangeSession(sessionId, {
    endpoint: '/api/exchange-sessions',
  });
  if (error) {
    return (
      <div role="alert">
        <p>
          <strong>{error.code}</strong> {error.message}
        </p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (isPending) return <p aria-busy="true">{fetchStatus === 'idle' ? 'Waiting for a session id' : 'Loading the exchange session…'}</p>;
  return (
    <section aria-label="Exchange session">
      <h2>{session.partner} session</h2>
      <pre>{JSON.stringify(session, null, 2)}</pre>
    </section>
  );
}

const sessions = Object.fromEntries(
  (Object.keys(fixtureSessionIds) as ExchangePartner[]).map((partner) => [fixtureSessionIds[partner], exchangeSessionFixture(partner)]),
);

const meta = {
  title: 'Hooks/useExchangeSession',
  component: SessionInspector,
  args: { sessionId: fixtureSessionIds.plaid },
  argTypes: {
    sessionId: {
      control: 'select',
      options: [...Object.values(fixtureSessionIds), 'unknown-session-id'],
    },
  },
  beforeEach({ msw }) {
    msw.use(...exchangeSessionHandlers({ sessions, delay: 300 }));
  },
} satisfies Meta<typeof SessionInspector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A Plaid session: the hook returns `{ partner: 'plaid', linkToken, … }`. */
export const Plaid: Story = {};

/** An MX session: the hook returns the MX Connect `url`. */
export const Mx: Story = { args: { sessionId: fixtureSessionIds.mx } };

/** A Checkout.com session: the hook returns Flow's `paymentSession`. */
export const Checkout: Story = { args: { sessionId: fixtureSessionIds.checkout } };

/** The backend answers 404 with Dwolla's `NotFound` body: a typed `notFound` error, not retried. */
export const NotFound: Story = { args: { sessionId: 'unknown-session-id' } };
