import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LinkedAccounts, type LinkedAccount } from '../src';
import { fakeLinkedAccounts } from '../src/testing/fake-linked-accounts';
import { dwollaErrorFixtures } from '../src/testing/fixtures';
import { linkedAccountsHandlers } from '../src/testing/linked-accounts-handlers';
import { storyBackend } from './support/story-backend';
import { linkedTextsOf } from './support/story-texts';

/** The whole page: Plaid Link opens outside the story's canvas. */
const pageOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const [active, needsReconnecting, card, deactivated] = fakeLinkedAccounts as [LinkedAccount, LinkedAccount, LinkedAccount, LinkedAccount];
const listRoute = '/api/exchange-sessions/linked';

/**
 * The signed-in customer's linked accounts, listed by your backend (`GET /api/exchange-sessions/linked`,
 * mocked here), each with its state in words: "Reconnect" runs a re-authentication in place where
 * the bank asks the user to sign in again, "Remove" asks before it removes a funding source
 * (`POST /api/exchange-sessions/linked/{id}/remove`). The Actions panel shows every callback.
 */
const meta = {
  title: 'Components/LinkedAccounts',
  component: LinkedAccounts,
  args: { onReconnected: fn(), onRemoved: fn(), onError: fn() },
  argTypes: {
    renderAccount: { control: false },
    className: { control: 'text' },
  },
  beforeEach({ msw }) {
    // First: the session route of the journey's handlers would take `linked` for a session id.
    msw.use(...linkedAccountsHandlers({ delay: 150 }), ...storyBackend());
  },
} satisfies Meta<typeof LinkedAccounts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Serves these accounts instead of the four of every state. */
const accounts = (list: LinkedAccount[]): Story['beforeEach'] => ({ msw }) => {
  msw.use(...linkedAccountsHandlers({ accounts: list, delay: 150 }));
};

/** An account in use, one whose bank asks for a sign-in again, a debit card, a deactivated account. */
export const EveryState: Story = {
  play: async ({ canvas, canvasElement, globals }) => {
    const texts = linkedTextsOf(globals);
    await canvas.findByRole('list', { name: texts.linkedAccountsLabel });
    const badges = canvasElement.querySelectorAll('[data-part="linked-account-state"]');
    await expect([...badges].map((badge) => badge.textContent)).toEqual([
      texts.linkedStateActive,
      texts.linkedStateReauthenticationRequired,
      texts.linkedStateActive,
      texts.linkedStateDeactivated,
    ]);
  },
};

/** The backend has not answered yet. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(listRoute, () => new Promise<Response>(() => {})));
  },
  play: async ({ canvas, canvasElement, globals }) => {
    await expect(await canvas.findByText(linkedTextsOf(globals).linkedAccountsLoading)).toBeVisible();
    await expect(canvasElement.querySelector('[data-part="linked-accounts"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** No account linked yet. */
export const Empty: Story = {
  beforeEach: accounts([]),
  play: async ({ canvas, globals }) => {
    await expect(await canvas.findByText(linkedTextsOf(globals).linkedAccountsEmpty)).toBeVisible();
  },
};

/** The backend keeps failing (Dwolla is down): retried, then said, with "Try again". */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(listRoute, () => HttpResponse.json(dwollaErrorFixtures.server, { status: 502 })));
  },
  play: async ({ args, canvas, globals }) => {
    const texts = linkedTextsOf(globals);
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent(texts.linkedAccountsFailed);
    await expect(within(alert).getByRole('button', { name: texts.retry })).toBeEnabled();
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'server', status: 502 })));
  },
};

/** Accounts in use: a bank account and a debit card, each removable. */
export const Active: Story = {
  beforeEach: accounts([active, card]),
  play: async ({ canvas, globals }) => {
    const texts = linkedTextsOf(globals);
    const list = await canvas.findByRole('list', { name: texts.linkedAccountsLabel });
    await expect(within(list).getAllByText(texts.linkedStateActive)).toHaveLength(2);
    await expect(list.querySelector('[data-part="linked-account-reconnect"]')).toBeNull();
  },
};

/**
 * The bank asks the user to sign in again. "Reconnect" opens the launcher in place for the
 * exchange (`source={{ reauthenticate: exchangeId, partner }}`, `complete`): Plaid Link opens, the
 * user signs in, and the account is active again, the list read again, the focus back on its row.
 */
export const NeedsReconnecting: Story = {
  beforeEach: accounts([needsReconnecting, active]),
  play: async ({ args, canvas, canvasElement, globals }) => {
    const texts = linkedTextsOf(globals);
    const name = needsReconnecting.fundingSources[0]!.name;
    await userEvent.click(await canvas.findByRole('button', { name: texts.linkedReconnectLabel(name) }));
    await expect(canvas.getByRole('group', { name: texts.linkedReconnectLabel(name) })).toHaveFocus();
    // The fake Plaid Link speaks English, as Plaid's own would here.
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onReconnected).toHaveBeenCalledWith(needsReconnecting));
    await expect(await canvas.findByText(texts.linkedReconnected(name))).toBeVisible();
    const row = canvas.getByText(name).closest('li')!;
    await expect(row).toHaveFocus();
    await expect(within(row).getByText(texts.linkedStateActive)).toBeVisible();
  },
};

/** Closed for good at Dwolla: said so, with what to do; only its funding source can be removed. */
export const Deactivated: Story = {
  beforeEach: accounts([deactivated]),
  play: async ({ canvas, globals }) => {
    const texts = linkedTextsOf(globals);
    await expect(await canvas.findByText(texts.linkedStateDeactivated)).toBeVisible();
    await expect(canvas.getByText(texts.linkedDeactivatedHint)).toBeVisible();
    await expect(canvas.getAllByRole('button').map((button) => button.textContent)).toEqual([texts.linkedRemove]);
  },
};

/** "Remove" asks first, Cancel focused; "Yes, remove" removes it, and the list says so. */
export const RemoveConfirm: Story = {
  play: async ({ args, canvas, globals }) => {
    const texts = linkedTextsOf(globals);
    const name = card.fundingSources[0]!.name;
    await userEvent.click(await canvas.findByRole('button', { name: texts.linkedRemoveLabel(name) }));
    const confirm = canvas.getByRole('group', { name: texts.linkedConfirmTitle(name) });
    await expect(within(confirm).getByRole('button', { name: texts.linkedCancel })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: texts.linkedConfirmRemove }));
    await expect(await canvas.findByText(texts.linkedRemoved(name))).toBeVisible();
    await expect(args.onRemoved).toHaveBeenCalledWith({ account: card, fundingSource: card.fundingSources[0] });
    await expect(canvas.getByRole('list', { name: texts.linkedAccountsLabel })).toHaveFocus();
  },
};

/** Your own row (`renderAccount`), with the view's reconnection and confirmation under it. */
export const YourOwnRow: Story = {
  args: {
    renderAccount: (account, actions) => (
      <p style={{ margin: 0, display: 'flex', gap: 8, alignItems: 'center' }}>
        <strong>{account.fundingSources[0]?.name ?? account.partner}</strong>
        {actions.reconnect && (
          <button type="button" onClick={actions.reconnect}>
            Sign in again
          </button>
        )}
        {account.fundingSources[0] && (
          <button type="button" onClick={() => actions.remove(account.fundingSources[0]!.id)}>
            Delete
          </button>
        )}
      </p>
    ),
  },
  play: async ({ canvas, globals }) => {
    await userEvent.click((await canvas.findAllByRole('button', { name: 'Delete' }))[0]!);
    await expect(canvas.getByRole('group', { name: linkedTextsOf(globals).linkedConfirmTitle(active.fundingSources[0]!.name) })).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: 'Sign in again' })).toHaveLength(1);
  },
};
