import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { useExchangeSession } from '../src';
import { fixtureSessionIds } from '../src/testing/fixtures';
import { stateIds, storyBackend } from './support/story-backend';

interface SessionInspectorProps {
  /** The session id handed to `useExchangeSession`. */
  sessionId: string;
}

/** For apps that build their own UI: what `useExchangeSession` returns, typed by partner. */
function SessionInspector({ sessionId }: SessionInspectorProps) {
  // No provider: the default route, `GET /api/exchange-sessions/{id}`.
  const { data: session, error, isPending, fetchStatus, refetch } = useExchangeSession(sessionId);
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
  if (isPending) return <p role="status">{fetchStatus === 'idle' ? 'Waiting for a session id' : 'Loading the exchange session…'}</p>;
  return (
    <section aria-label="Exchange session">
      <h2>{session.partner} session</h2>
      <pre>{JSON.stringify(session, null, 2)}</pre>
    </section>
  );
}

const meta = {
  title: 'Hooks/useExchangeSession',
  component: SessionInspector,
  args: { sessionId: fixtureSessionIds.plaid },
  argTypes: {
    sessionId: { control: 'select', options: [...Object.values(fixtureSessionIds), 'unknown-session-id', stateIds.malformed] },
  },
  beforeEach({ msw }) {
    msw.use(...storyBackend());
  },
} satisfies Meta<typeof SessionInspector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A Plaid session: `{ partner: 'plaid', linkToken, … }`. */
export const Plaid: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'plaid session' })).toBeVisible();
    await expect(canvas.getByText(/"linkToken": "link-sandbox-/)).toBeVisible();
  },
};

/** An MX session: the MX Connect `url`. */
export const Mx: Story = {
  args: { sessionId: fixtureSessionIds.mx },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/"url": "http/)).toBeVisible();
  },
};

/** A Checkout.com session: Flow's `paymentSession`, snake_case as Flow wants it. */
export const Checkout: Story = {
  args: { sessionId: fixtureSessionIds.checkout },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/"payment_session_secret"/)).toBeVisible();
  },
};

/** The backend answers 404 with Dwolla's `NotFound` body: a typed `notFound` error, not retried. */
export const NotFound: Story = {
  args: { sessionId: 'unknown-session-id' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('notFound');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('notFound');
  },
};
