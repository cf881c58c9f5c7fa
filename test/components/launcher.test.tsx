import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher, ExchangeSessionProvider, useExchangeSessionLauncher } from '../../src';
import { dwollaErrorFixtures, exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';

const mxId = fixtureSessionIds.mx;

describe('<ExchangeSessionLauncher>', () => {
  it('is idle without a session id and fetches nothing', () => {
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: '' }} />);
    expect(container.firstElementChild).toHaveAttribute('data-status', 'idle');
    expect(container.firstElementChild).toBeEmptyDOMElement();
  });

  it('shows a busy loading state, or the renderLoading slot', async () => {
    server.use(http.get(`${basePath}/:id`, () => new Promise<Response>(() => {})));
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: mxId }} />);
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');

    renderStrict(<ExchangeSessionLauncher source={{ sessionId: mxId }} renderLoading={() => <p>Preparing your bank link</p>} />);
    expect(screen.getByText('Preparing your bank link')).toBeInTheDocument();
  });

  it('shows a 404 as an alert, reports it once, and retries by refetching', async () => {
    let answers = 0;
    server.use(
      http.get(`${basePath}/${mxId}`, () =>
        ++answers === 1 ? HttpResponse.json(dwollaErrorFixtures.notFound, { status: 404 }) : HttpResponse.json(exchangeSessionFixture('mx')),
      ),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: mxId }} {...spies} />);
    const alert = await screen.findByRole('alert');
    // What happened and what to do, in words: the code is for support tools, never for the user.
    expect(alert).toHaveTextContent('This link to your account has expired.Try again to start a new one.Try again');
    expect(alert).toHaveAttribute('data-error-code', 'notFound');
    expect(alert).not.toHaveTextContent('notFound');
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
    expect(spies.onError.mock.calls[0]![0]).toMatchObject({ code: 'notFound', status: 404, dwolla: { code: 'NotFound' } });
    expect(answers).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(answers).toBe(2);
  });

  it('sends the session request at once, and a retry of a failed one as a new request', async () => {
    let answers = 0;
    server.use(
      http.get(`${basePath}/${mxId}`, () =>
        ++answers === 1 ? HttpResponse.json(dwollaErrorFixtures.server, { status: 503 }) : HttpResponse.json(exchangeSessionFixture('mx')),
      ),
    );
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: mxId }} {...spies} />);
    // TanStack's own retry, with no Try again: the request sent ahead was the query's first fetch only.
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(answers).toBe(2);
    expect(spies.onError).not.toHaveBeenCalled();
  });

  it('renders errors through the renderError slot', async () => {
    serveSessions({});
    renderStrict(
      <ExchangeSessionLauncher
        source={{ sessionId: 'missing' }}
        renderError={(error, retry) => (
          <button type="button" onClick={retry}>
            Custom {error.code}
          </button>
        )}
      />,
    );
    expect(await screen.findByRole('button', { name: 'Custom notFound' })).toBeInTheDocument();
  });

  it('takes the backend and partner settings from the provider, and its own partner settings over the provider’s', async () => {
    const requests: string[] = [];
    server.use(
      http.get('/api/provided/:id', ({ request }) => {
        requests.push(new URL(request.url).pathname);
        return HttpResponse.json(exchangeSessionFixture('mx'));
      }),
    );
    const spies = launcherSpies();
    renderStrict(
      <ExchangeSessionProvider backend={{ basePath: '/api/provided' }} mx={{ mode: 'embed' }}>
        <ExchangeSessionLauncher source={{ sessionId: mxId }} mx={{ mode: 'redirect' }} {...spies} />
      </ExchangeSessionProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await waitFor(() => expect(spies.onRedirect).toHaveBeenCalledTimes(1));
    expect(requests).toEqual([`/api/provided/${mxId}`]);
    expect(document.querySelector('iframe')).toBeNull();
    expect(spies.onEvent).toHaveBeenCalledWith({ type: 'sessionLoaded', partner: 'mx', sessionId: mxId });
  });

  it('shows an unsupported partner as an alert without a retry', async () => {
    const { externalProviderSessionToken: _token, ...finicity } = exchangeSessionFixture('plaid');
    serveSessions({ finicity });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'finicity' }} {...spies} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error-code', 'unsupportedPartner');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await waitFor(() => expect(spies.onError).toHaveBeenCalledTimes(1));
  });
});

describe('useExchangeSessionLauncher', () => {
  function Headless({ id }: { id: string }) {
    const { status, session, flow } = useExchangeSessionLauncher({ sessionId: id }, { mx: { mode: 'embed' } });
    return (
      <section aria-label="custom">
        <p>status: {status}</p>
        {session && <p>partner: {session.partner}</p>}
        <div data-slot="widget">{flow}</div>
      </section>
    );
  }

  it('lets an app render the partner UI where it wants', async () => {
    serveSessions({ [mxId]: exchangeSessionFixture('mx') });
    renderStrict(<Headless id={mxId} />);
    expect(screen.getByText('status: loading')).toBeInTheDocument();
    expect(await screen.findByText('status: ready')).toBeInTheDocument();
    expect(screen.getByText('partner: mx')).toBeInTheDocument();
    expect(document.querySelector('[data-slot="widget"] iframe')).not.toBeNull();
  });
});
