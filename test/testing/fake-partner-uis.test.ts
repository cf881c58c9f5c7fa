// The test kit's stand-ins for the partners' UIs behave as the real ones a user meets: Plaid Link
// is a modal dialog (the focus inside, Escape and × exit, the focus back on close), Flow is a card
// form. (Their flows through the launcher: the component tests; their look: the partners' stories.)
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeCheckout } from '../../src/testing/fake-checkout';
import { installFakePlaid } from '../../src/testing/fake-plaid';

type PlaidHandler = { open(): void; destroy(): void };
type Plaid = { create(config: object): PlaidHandler };

/** A page with a button that opens the fake Plaid Link, as an app's would. */
function openLink() {
  installFakePlaid(window);
  const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn() };
  const handler = (window as unknown as { Plaid: Plaid }).Plaid.create({ token: 'link-sandbox-fake', ...callbacks });
  const opener = document.createElement('button');
  opener.textContent = 'Link a bank';
  opener.onclick = () => handler.open();
  document.body.append(opener);
  return { callbacks, handler, opener };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the fake Plaid Link', () => {
  it('is a labelled modal dialog that takes the focus, and gives it back when the user continues', async () => {
    const { callbacks, opener } = openLink();
    await userEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Plaid Link (test double)' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('searchbox', { name: 'Search for your bank' })).toHaveFocus();
    expect(within(dialog).getByText('Test kit stand-in — not Plaid')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(callbacks.onSuccess).toHaveBeenCalledWith(
      'public-sandbox-fake-0000-4000-8000-000000000000',
      expect.objectContaining({ institution: { name: 'First Platypus Bank', institution_id: 'ins_fake_1' } }),
    );
  });

  it('narrows the institutions to the search, and a choice the search hides moves to the first one shown', async () => {
    const { callbacks, opener } = openLink();
    await userEvent.click(opener);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search for your bank' }), 'quokka');
    const shown = screen.getAllByRole('radio').filter((radio) => radio.closest('label')?.style.display !== 'none');
    expect(shown.map((radio) => radio.getAttribute('value'))).toEqual(['ins_fake_4']);
    expect(screen.getByRole('radio', { name: 'Quokka Community Bank' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(callbacks.onSuccess.mock.calls[0]?.[1]).toMatchObject({ institution: { name: 'Quokka Community Bank', institution_id: 'ins_fake_4' } });
  });

  it.each([
    ['Escape', () => userEvent.keyboard('{Escape}')],
    ['its × button', () => userEvent.click(screen.getByRole('button', { name: 'Exit' }))],
  ])('exits on %s as Link does: onExit with no error, the focus back on the opener', async (_way, leave) => {
    const { callbacks, opener } = openLink();
    await userEvent.click(opener);
    await leave();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callbacks.onExit).toHaveBeenCalledWith(null, expect.objectContaining({ status: 'requires_credentials' }));
    expect(callbacks.onEvent.mock.calls.map(([name]) => name)).toEqual(['OPEN', 'EXIT']);
    expect(opener).toHaveFocus();
  });

  it('keeps Tab inside the dialog: past Continue to ×, and back', async () => {
    const { opener } = openLink();
    await userEvent.click(opener);
    const [leave, proceed] = [screen.getByRole('button', { name: 'Exit' }), screen.getByRole('button', { name: 'Continue' })];
    proceed.focus();
    await userEvent.tab();
    expect(leave).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(proceed).toHaveFocus();
  });

  it('leaves the focus where the app put it when destroyed from elsewhere', async () => {
    const { handler, opener } = openLink();
    await userEvent.click(opener);
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    handler.destroy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(elsewhere).toHaveFocus();
  });
});

describe('the fake Checkout.com Flow', () => {
  function mountFlow(appearance?: object) {
    installFakeCheckout(window);
    const container = document.createElement('div');
    document.body.append(container);
    const flow = (window as unknown as { CheckoutWebComponents: (options: object) => { create(name: string): { mount(element: Element): unknown } } }).CheckoutWebComponents({
      paymentSession: { id: 'ps_fake' },
      ...(appearance && { appearance }),
    });
    flow.create('flow').mount(container);
    return within(container);
  }

  it('is a card form: card number, expiry date, security code, Pay, and the footnote', () => {
    const form = mountFlow();
    expect(form.getByRole('form', { name: /^Debit card/ })).toBeInTheDocument();
    expect(form.getAllByRole('textbox').map((field) => field.getAttribute('autocomplete'))).toEqual(['cc-number', 'cc-exp', 'cc-csc']);
    expect(form.getByRole('textbox', { name: 'Expiry date' })).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: 'Security code' })).toBeInTheDocument();
    expect(form.getByText('Test kit stand-in — not Checkout.com')).toBeInTheDocument();
  });
});
