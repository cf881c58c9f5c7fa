import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, type ExchangeSessionSuccess } from '../../src';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';

// Only the partner's CDN script is faked in the page; the backend is real: the /server entry's
// handler in the dev server (test/support/e2e-backend.ts), talking to a fake Dwolla on 127.0.0.1.
const { worker } = startWorker();

async function createSession(partner: 'plaid' | 'checkout', user: string): Promise<string> {
  const response = await fetch('/e2e/exchange-sessions', { method: 'POST', headers: { 'X-Fake-User': user }, body: JSON.stringify({ partner }) });
  return ((await response.json()) as { id: string }).id;
}

describe('the whole flow in Chromium', () => {
  it('launcher creates the session → /server handler → fake Dwolla → Plaid → success → exchange created on Dwolla', async () => {
    worker.use(...partnerScriptHandlers());
    const onSuccess = vi.fn(async (result: ExchangeSessionSuccess) => {
      const response = await fetch('/e2e/exchanges', { method: 'POST', body: JSON.stringify(result) });
      return (await response.json()) as { exchangeUrl: string };
    });
    mount(
      <ExchangeSessionLauncher
        partner="plaid"
        createSession="/e2e/exchange-sessions"
        endpoint="/e2e/exchange-sessions"
        headers={{ 'X-Fake-User': 'user-1' }}
        onSuccess={onSuccess}
      />,
    );

    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const { exchangeUrl } = await onSuccess.mock.results[0]!.value;

    const exchanges = (await (await fetch('/e2e/dwolla/exchanges')).json()) as Array<{ id: string; partner: string; body: Record<string, unknown> }>;
    const exchange = exchanges.find(({ id }) => exchangeUrl.endsWith(`/exchanges/${id}`));
    expect(exchange?.partner).toBe('plaid');
    expect(exchange?.body).toMatchObject({ plaid: { publicToken: 'public-sandbox-fake-0000-4000-8000-000000000000' } });
  });

  it('is a forbidden error for a session of another user', async () => {
    const sessionId = await createSession('checkout', 'user-1');
    const onError = vi.fn();
    mount(<ExchangeSessionLauncher sessionId={sessionId} endpoint="/e2e/exchange-sessions" headers={{ 'X-Fake-User': 'user-2' }} onError={onError} />);
    await expect.element(page.getByRole('alert')).toHaveTextContent('(forbidden)');
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'forbidden', status: 403, dwolla: { code: 'Forbidden' } });
  });
});
