// The linked accounts by keyboard alone, through Chromium's real input pipeline: Tab to Remove,
// Enter, Tab to the confirmation's button, Enter; Escape; Tab to Reconnect, Enter, Tab into the
// launcher in place. The focus is always visible and never lost. Plaid Link's own window is
// Plaid's, not what this test is about: the user's choice there is a click.
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionProvider, LinkedAccounts } from '../../src';
import { exchangeJourneyHandlers } from '../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import { fakeLinkedAccounts } from '../../src/testing/fake-linked-accounts';
import { exchangeSessionFixture } from '../../src/testing/fixtures';
import { linkedAccountsHandlers, type LinkedAccountsRequest } from '../../src/testing/linked-accounts-handlers';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';
// The styled UI: its focus ring is what a keyboard user follows.
import '../../src/styles.css';

const { worker } = startWorker();
const reauthSessionId = 'fa4e0001-0000-4000-8000-0000000000r4';
const [first, reconnect, card] = fakeLinkedAccounts;

function serve() {
  const requests: LinkedAccountsRequest[] = [];
  const sessions = { [reauthSessionId]: exchangeSessionFixture('plaid', { id: reauthSessionId }) };
  worker.use(
    ...linkedAccountsHandlers({ onRequest: (request) => void requests.push(request) }),
    ...exchangeSessionHandlers({ sessions }),
    ...exchangeJourneyHandlers({ sessions, reauthSessionId }),
    ...partnerScriptHandlers(),
  );
  return requests;
}

const focused = () => document.activeElement as HTMLElement | null;
/** The focus shows where it is: a visible outline on the focused element. */
const ringShown = () => expect(getComputedStyle(focused()!).outlineStyle).not.toBe('none');

async function tabTo(name: string, presses: number) {
  for (let press = 0; press < presses; press += 1) await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('button', { name })).toHaveFocus();
  ringShown();
}

describe('the linked accounts by keyboard alone', () => {
  it('Remove: Tab to it, Enter asks, Tab to "Yes, remove", Enter removes; the focus goes to the list', async () => {
    const requests = serve();
    const onRemoved = vi.fn();
    mount(<LinkedAccounts onRemoved={onRemoved} />);
    await expect.element(page.getByRole('list', { name: 'Linked accounts' })).toBeVisible();

    // In order: the first's Remove, the second's Reconnect and Remove, then the card's Remove.
    await tabTo(`Remove ${card!.fundingSources[0]!.name}`, 4);
    await userEvent.keyboard('{Enter}');
    const confirm = page.getByRole('group', { name: `Remove ${card!.fundingSources[0]!.name}?` });
    await expect.element(confirm.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    ringShown();
    await userEvent.keyboard('{Tab}');
    await expect.element(confirm.getByRole('button', { name: 'Yes, remove' })).toHaveFocus();
    ringShown();
    await userEvent.keyboard('{Enter}');

    await vi.waitFor(() => expect(onRemoved).toHaveBeenCalledTimes(1));
    await expect.element(page.getByRole('list', { name: 'Linked accounts' })).toHaveFocus();
    await expect.element(page.getByText(`${card!.fundingSources[0]!.name} was removed.`)).toBeVisible();
    expect(requests.filter(({ route }) => route === 'removeLinked')).toEqual([{ route: 'removeLinked', fundingSourceId: card!.fundingSources[0]!.id }]);
  });

  it('Escape closes the confirmation and the focus is back on Remove, with nothing removed', async () => {
    const requests = serve();
    mount(<LinkedAccounts />);
    await expect.element(page.getByRole('list', { name: 'Linked accounts' })).toBeVisible();
    const remove = `Remove ${first!.fundingSources[0]!.name}`;
    await tabTo(remove, 1);
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('group')).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: remove })).toHaveFocus();
    ringShown();
    expect(requests.map(({ route }) => route)).toEqual(['linked']);
  });

  it('Reconnect: Tab to it, Enter opens the launcher in place, Tab reaches its button; once reconnected the focus is on the row', async () => {
    serve();
    const onReconnected = vi.fn();
    mount(
      <ExchangeSessionProvider plaid={{ open: 'button' }}>
        <LinkedAccounts onReconnected={onReconnected} />
      </ExchangeSessionProvider>,
    );
    await expect.element(page.getByRole('list', { name: 'Linked accounts' })).toBeVisible();
    const name = reconnect!.fundingSources[0]!.name;
    await tabTo(`Reconnect ${name}`, 2);
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('group', { name: `Reconnect ${name}` })).toHaveFocus();
    await expect.element(page.getByRole('button', { name: 'Link your bank account' })).toBeEnabled();
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Link your bank account' })).toHaveFocus();
    ringShown();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(page.getByRole('dialog', { name: /Plaid Link/ }).getByRole('button', { name: 'Continue' }));

    await vi.waitFor(() => expect(onReconnected).toHaveBeenCalledTimes(1));
    const row = focused();
    expect([row?.dataset.part, row?.dataset.exchangeId]).toEqual(['linked-account', reconnect!.exchangeId]);
    await expect.element(page.getByText(`${name} is reconnected.`)).toBeVisible();
    expect(row?.querySelector('[data-part="linked-account-state"]')?.textContent).toBe('Active');
  });
});
