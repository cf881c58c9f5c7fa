import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { memo, useContext, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher, ExchangeSessionProvider, useExchangeSession, type ExchangeSessionSettings } from '../../src';
import { ExchangeSessionContext } from '../../src/hooks/exchange-session-context';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';

/** A memoised reader of the context: it renders again only when the context value changes. */
function contextReader() {
  const seen: ExchangeSessionSettings[] = [];
  const Reader = memo(function Reader() {
    seen.push(useContext(ExchangeSessionContext));
    return null;
  });
  return { seen, Reader };
}

describe('<ExchangeSessionProvider>', () => {
  it('keeps its value while re-rendered with the same settings, and changes it with a new one', () => {
    const { seen, Reader } = contextReader();
    const headers = () => ({ 'X-Csrf': 'fake' });
    const tree = (basePath: string) => (
      <ExchangeSessionProvider backend={{ basePath: '/api/outer', headers }}>
        <ExchangeSessionProvider backend={{ basePath }}>
          <Reader />
        </ExchangeSessionProvider>
      </ExchangeSessionProvider>
    );
    const view = render(tree('/api/exchange-sessions'));
    view.rerender(tree('/api/exchange-sessions'));
    expect(seen).toHaveLength(1);
    view.rerender(tree('/api/other'));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ backend: { basePath: '/api/other', headers } });
  });

  it('keeps its value while re-rendered with a fresh but equal backend object', () => {
    const { seen, Reader } = contextReader();
    const tree = () => (
      <ExchangeSessionProvider backend={{ basePath: '/api/exchange-sessions' }} mx={{ mode: 'embed' }}>
        <Reader />
      </ExchangeSessionProvider>
    );
    const view = render(tree());
    view.rerender(tree());
    view.rerender(tree());
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({ backend: { basePath: '/api/exchange-sessions' }, mx: { mode: 'embed' } });
  });

  it('merges a nested provider’s backend over the outer one field by field', async () => {
    const { seen, Reader } = contextReader();
    const requests: Request[] = [];
    server.use(
      http.get('/api/inner/:id/read', ({ request }) => {
        requests.push(request);
        return HttpResponse.json(exchangeSessionFixture('plaid'));
      }),
    );
    function Partner() {
      const { data } = useExchangeSession(fixtureSessionIds.plaid);
      return <p>{data ? `partner: ${data.partner}` : 'loading'}</p>;
    }
    const outer = { basePath: '/api/outer', headers: { 'X-From': 'outer' }, credentials: 'include' } as const;
    const tree = (inner: ReactElement) => (
      <ExchangeSessionProvider backend={outer}>
        <ExchangeSessionProvider backend={{ session: '/api/inner/{id}/read', credentials: undefined }}>{inner}</ExchangeSessionProvider>
      </ExchangeSessionProvider>
    );
    render(tree(<Reader />));
    expect(seen.at(-1)?.backend).toEqual({ basePath: '/api/outer', headers: { 'X-From': 'outer' }, credentials: 'include', session: '/api/inner/{id}/read' });

    render(tree(<Partner />));
    expect(await screen.findByText('partner: plaid')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).pathname).toBe(`/api/inner/${fixtureSessionIds.plaid}/read`);
    expect(requests[0]!.headers.get('x-from')).toBe('outer');
    expect(requests[0]!.credentials).toBe('include');
  });

  it('merges a nested provider’s locale, texts and appearance, and keeps the value while re-rendered with fresh equal ones', () => {
    const { seen, Reader } = contextReader();
    const tree = () => (
      <ExchangeSessionProvider locale="es" messages={{ retry: 'Otra vez' }} appearance={{ theme: 'dark', variables: { colorPrimary: '#123456' } }}>
        <ExchangeSessionProvider messages={{ loading: 'Un momento…' }} appearance={{ variables: { borderRadius: '4px' } }}>
          <Reader />
        </ExchangeSessionProvider>
      </ExchangeSessionProvider>
    );
    const { rerender } = render(tree());
    rerender(tree());
    // A merged appearance is a new object on every render, three levels down: one value all the same.
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      locale: 'es',
      messages: { retry: 'Otra vez', loading: 'Un momento…' },
      appearance: { theme: 'dark', variables: { colorPrimary: '#123456', borderRadius: '4px' } },
    });
  });

  it('lets a launcher’s mx settings win over the provider’s, field by field', async () => {
    const partnerBankUrl = 'https://connect.partner-bank.example/mx';
    serveSessions({ [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl: partnerBankUrl }) });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ mode: 'redirect' }} {...spies} />, {
      mx: { mode: 'embed', allowedHosts: ['connect.partner-bank.example'] },
    });
    // The launcher's mode (a redirect, not the provider's iframe), with the provider's allowed hosts (else an unsafe URL).
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledWith(partnerBankUrl));
    expect(spies.onError).not.toHaveBeenCalled();
    expect(document.querySelector('iframe')).toBeNull();
  });
});
