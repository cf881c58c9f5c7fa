import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, ExchangeSessionProvider, type ExchangeCompletion, type UpdateCredentialsBody } from '../../src';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';

// Only the partners' CDN scripts (and the MX page) are faked in the page; the backend is real:
// the /server entry's handler in the dev server (test/support/e2e-backend.ts), talking to a fake
// Dwolla on 127.0.0.1, which records the exchanges and funding sources it was asked to create.
const { worker } = startWorker();
const base = '/e2e/exchange-sessions';
const userHeaders = (user: string) => ({ 'X-Fake-User': user });
/** `ui` as `user` sees it: every route of the /server handler under `base`, with that user's header. */
const asUser = (user: string, ui: ReactNode) => <ExchangeSessionProvider backend={{ basePath: base, headers: userHeaders(user) }}>{ui}</ExchangeSessionProvider>;

interface DwollaExchange {
  id: string;
  partner: string;
  customerId: string;
  body: Record<string, unknown>;
}

async function dwollaExchange(exchangeUrl: string): Promise<DwollaExchange | undefined> {
  const exchanges = (await (await fetch('/e2e/dwolla/exchanges')).json()) as DwollaExchange[];
  return exchanges.find(({ id }) => exchangeUrl.endsWith(`/exchanges/${id}`));
}

/** The completion a launcher reported, once it has. */
async function completed(onComplete: ReturnType<typeof vi.fn>): Promise<ExchangeCompletion> {
  await vi.waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  return onComplete.mock.calls[0]![0];
}

/** A Plaid exchange of `user`, made through the whole journey: what a later balance check is about. */
async function linkWithPlaid(user: string) {
  worker.use(...partnerScriptHandlers());
  const onComplete = vi.fn();
  const linking = mount(asUser(user, <ExchangeSessionLauncher source={{ create: 'plaid' }} complete onComplete={onComplete} />));
  await userEvent.click(page.getByRole('button', { name: 'Continue' }));
  const linked = await completed(onComplete);
  if (linked.reauthenticated) throw new Error('expected a new exchange');
  linking.unmount();
  return linked;
}

describe('the whole journey in Chromium, against the /server handler and a fake Dwolla', () => {
  it('Plaid: create → Link → exchange created on Dwolla with the public token', async () => {
    worker.use(...partnerScriptHandlers());
    const onComplete = vi.fn();
    mount(asUser('user-1', <ExchangeSessionLauncher source={{ create: 'plaid' }} complete onComplete={onComplete} />));

    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    const completion = await completed(onComplete);
    await expect.element(page.getByText('Bank account linked')).toBeVisible();

    if (completion.reauthenticated) throw new Error('expected a new exchange');
    const exchange = await dwollaExchange(completion.exchangeUrl);
    expect(exchange).toMatchObject({ partner: 'plaid', body: { plaid: { publicToken: 'public-sandbox-fake-0000-4000-8000-000000000000' } } });
  });

  it('MX: create → MX Connect embedded → account picked by keyboard alone → exchange with that account', async () => {
    const onComplete = vi.fn();
    mount(
      asUser(
        'user-1',
        <ExchangeSessionLauncher
          source={{ create: 'mx' }}
          mx={{ mode: 'embed', allowedHosts: [location.origin] }}
          complete={{ fundingSource: { name: 'Savings', bankAccountType: 'savings' } }}
          onComplete={onComplete}
        />,
      ),
    );
    // Real key presses through Chromium's input pipeline, no click anywhere: into MX's frame (its
    // search, its institution, its user name and password, Connect), then the picker, which takes
    // the focus MX's frame had.
    const connect = page.frameLocator(page.getByTitle('MX Connect: link your bank account')).getByRole('button', { name: 'Connect' });
    await expect.element(connect).toBeVisible();
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}');
    await expect.element(connect).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const group = page.getByRole('group', { name: 'Choose the account to link' });
    await expect.element(group).toBeVisible();
    await expect.element(page.getByRole('radio', { name: 'MX Bank Checking' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('radio', { name: 'MX Bank Savings' })).toBeChecked();
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Link account' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const completion = await completed(onComplete);
    if (completion.reauthenticated) throw new Error('expected a new exchange');
    expect(await dwollaExchange(completion.exchangeUrl)).toMatchObject({ partner: 'mx', body: { mx: { availableConnectionToken: 'fake-connection-token-savings' } } });
    const fundingSources = (await (await fetch('/e2e/dwolla/funding-sources')).json()) as Array<{ body: Record<string, unknown> }>;
    expect(fundingSources.at(-1)?.body).toEqual({ _links: { exchange: { href: completion.exchangeUrl } }, name: 'Savings', bankAccountType: 'savings' });
    expect(completion.fundingSourceUrl).toMatch(/\/funding-sources\//);
  });

  it('Checkout.com: create → Flow → exchange with the payment id, and the card as a funding source', async () => {
    worker.use(...partnerScriptHandlers());
    const onComplete = vi.fn();
    const cardDetails = {
      firstName: 'Fake',
      lastName: 'Customer',
      billingAddress: { address1: '1 Fake Street', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
    };
    mount(
      asUser(
        'user-1',
        <ExchangeSessionLauncher
          source={{ create: 'checkout' }}
          checkout={{ publicKey: 'pk_sbox_fake0000000000000000000000', environment: 'sandbox' }}
          complete={{ fundingSource: { name: 'Debit card', cardDetails } }}
          onComplete={onComplete}
        />,
      ),
    );
    await userEvent.fill(page.getByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(page.getByRole('button', { name: 'Pay' }));

    const completion = await completed(onComplete);
    if (completion.reauthenticated) throw new Error('expected a new exchange');
    expect(await dwollaExchange(completion.exchangeUrl)).toMatchObject({ partner: 'checkout', body: { token: 'pay_fake0000000000000000000000' } });
    const fundingSources = (await (await fetch('/e2e/dwolla/funding-sources')).json()) as Array<{ body: Record<string, unknown> }>;
    expect(fundingSources.at(-1)?.body).toEqual({ _links: { exchange: { href: completion.exchangeUrl } }, name: 'Debit card', cardDetails });
  });

  it('Plaid: a funding source Dwolla fails once is created on "Try again" from the same exchange, without the spent token', async () => {
    worker.use(...partnerScriptHandlers());
    const exchangesBefore = ((await (await fetch('/e2e/dwolla/exchanges')).json()) as unknown[]).length;
    await fetch('/e2e/dwolla/fail-next-funding-source', { method: 'POST' });
    const onComplete = vi.fn();
    const fundingSource = { name: 'Checking', bankAccountType: 'checking' } as const;
    mount(asUser('user-1', <ExchangeSessionLauncher source={{ create: 'plaid' }} complete={{ fundingSource }} onComplete={onComplete} />));
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));

    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'server');
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    const completion = await completed(onComplete);
    if (completion.reauthenticated) throw new Error('expected a new exchange');
    expect(await (await fetch('/e2e/dwolla/exchanges')).json()).toHaveLength(exchangesBefore + 1);
    const fundingSources = (await (await fetch('/e2e/dwolla/funding-sources')).json()) as Array<{ body: Record<string, unknown> }>;
    expect(fundingSources.at(-1)?.body).toEqual({ _links: { exchange: { href: completion.exchangeUrl } }, ...fundingSource });
    expect(completion.fundingSourceUrl).toMatch(/\/funding-sources\/[\w-]+$/);
  });

  it('re-authenticates an exchange from Dwolla’s UpdateCredentials body, and creates no new exchange', async () => {
    const linked = await linkWithPlaid('user-1');
    const exchangesBefore = (await (await fetch('/e2e/dwolla/exchanges')).json()) as unknown[];

    // What a balance check on that exchange answers once the bank login has expired.
    const updateCredentials: UpdateCredentialsBody = {
      code: 'UpdateCredentials',
      message: 'The user must re-authenticate with their bank.',
      _links: { about: { href: `${linked.exchangeUrl}/exchange-sessions` } },
    };
    const onSuccess = vi.fn();
    const onComplete = vi.fn();
    mount(asUser('user-1', <ExchangeSessionLauncher source={{ reauthenticate: updateCredentials }} complete onSuccess={onSuccess} onComplete={onComplete} />));
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));

    const exchangeId = linked.exchangeUrl.split('/').pop();
    expect(await completed(onComplete)).toEqual({ reauthenticated: true, exchangeId });
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid', reauthenticated: true }));
    expect(await (await fetch('/e2e/dwolla/exchanges')).json()).toHaveLength(exchangesBefore.length);
  });

  it('refuses to re-authenticate an exchange of another user', async () => {
    const linked = await linkWithPlaid('user-1');

    const onError = vi.fn();
    mount(asUser('user-2', <ExchangeSessionLauncher source={{ reauthenticate: linked.exchangeUrl }} onError={onError} />));
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'forbidden');
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'forbidden', status: 403 });
  });

  it('is a forbidden error for a session of another user', async () => {
    const response = await fetch(base, {
      method: 'POST',
      headers: { ...userHeaders('user-1'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ partner: 'checkout' }),
    });
    // The creation answers with the session itself; its Location names it.
    const id = response.headers.get('location')?.split('/').pop() ?? '';
    const onError = vi.fn();
    mount(asUser('user-2', <ExchangeSessionLauncher source={{ sessionId: id }} onError={onError} />));
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error-code', 'forbidden');
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'forbidden', status: 403, dwolla: { code: 'Forbidden' } });
  });
});
