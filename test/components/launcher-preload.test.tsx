import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher, preloadExchangePartner } from '../../src';
import { plaidScriptUrl } from '../../src/partners/plaid/plaid-script';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { endpoint, renderStrict } from '../support/launcher-harness';

describe('partnerHint and preloadExchangePartner', () => {
  it('adds the partner script while the session request is still under way', async () => {
    let answer!: () => void;
    server.use(
      http.get(`${endpoint}/:id`, () => new Promise<Response>((resolve) => (answer = () => resolve(HttpResponse.json(exchangeSessionFixture('plaid')))))),
    );
    renderStrict(<ExchangeSessionLauncher sessionId={fixtureSessionIds.plaid} endpoint={endpoint} partnerHint="plaid" nonce="fake-nonce" />);
    await waitFor(() => expect(document.querySelector(`script[src="${plaidScriptUrl}"]`)).not.toBeNull());
    const script = document.querySelector<HTMLScriptElement>(`script[src="${plaidScriptUrl}"]`)!;
    expect(script.nonce).toBe('fake-nonce');
    expect(document.querySelectorAll(`script[src="${plaidScriptUrl}"]`)).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    answer();
  });

  it('loads only the flow for MX, which needs no script', async () => {
    await expect(preloadExchangePartner('mx')).resolves.toBeUndefined();
    expect(document.scripts).toHaveLength(0);
  });
});
