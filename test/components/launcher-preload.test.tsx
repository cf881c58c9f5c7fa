import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher, preloadExchangePartner } from '../../src';
import { checkoutScriptUrl } from '../../src/partners/checkout/checkout-script';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, renderStrict, serveSessions } from '../support/launcher-harness';

describe('a source that names its partner, and preloadExchangePartner', () => {
  it('adds the partner script while the session request is still under way', async () => {
    let answer!: () => void;
    server.use(
      http.get(`${basePath}/:id`, () => new Promise<Response>((resolve) => (answer = () => resolve(HttpResponse.json(exchangeSessionFixture('plaid')))))),
    );
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid, partner: 'plaid' }} />, { partnerScripts: { nonce: 'fake-nonce' } });
    await waitFor(() => expect(document.querySelector(`script[src="${plaidScriptUrl}"]`)).not.toBeNull());
    const script = document.querySelector<HTMLScriptElement>(`script[src="${plaidScriptUrl}"]`)!;
    expect(script.nonce).toBe('fake-nonce');
    expect(document.querySelectorAll(`script[src="${plaidScriptUrl}"]`)).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    answer();
  });

  // Checkout.com's script: scripts load once per page, and no other test here loads this one.
  it('adds the hinted script before it sends the session request, so that the slower of the two starts first', async () => {
    serveSessions({ [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout') });
    const scriptAtRequest: boolean[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      scriptAtRequest.push(document.querySelector(`script[src="${checkoutScriptUrl}"]`) !== null);
      return fetch(input, init);
    };
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout, partner: 'checkout' }} />, { backend: { fetch: recordingFetch } });
    await waitFor(() => expect(scriptAtRequest).toEqual([true]));
  });

  it('loads only the flow for MX, which needs no script', async () => {
    await expect(preloadExchangePartner('mx')).resolves.toBeUndefined();
    expect(document.scripts).toHaveLength(0);
  });
});
