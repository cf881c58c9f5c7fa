// One round trip: when the backend's create answer carries the new session's body (as Dwolla's
// GET would answer it), the launcher seeds the cache with it and opens the partner's widget without
// asking for the session again. A `{ id }`-only answer still works, with the one GET it then needs.
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ExchangeSessionLauncher, type ExchangePartner } from '../../src';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';

const { worker } = startWorker();
const basePath = '/api/exchange-sessions';
const publicKey = 'pk_sbox_fake0000000000000000000000';

/**
 * The backend's create and session routes, answering the creation with the session's body or with
 * its id alone; returns every request they received, in order.
 */
function backend(partner: ExchangePartner, createAnswer: 'body' | 'id'): string[] {
  const requests: string[] = [];
  const id = fixtureSessionIds[partner];
  const session = exchangeSessionFixture(partner);
  worker.use(
    http.post(basePath, async ({ request }) => {
      requests.push(`POST ${new URL(request.url).pathname} ${JSON.stringify(await request.json())}`);
      const headers = { Location: `${basePath}/${id}`, Date: new Date().toUTCString() };
      return HttpResponse.json(createAnswer === 'body' ? session : { id }, { status: 201, headers });
    }),
    http.get(`${basePath}/:sessionId`, ({ request }) => {
      requests.push(`GET ${new URL(request.url).pathname}`);
      return HttpResponse.json(session, { headers: { Date: new Date().toUTCString() } });
    }),
    ...partnerScriptHandlers(),
  );
  return requests;
}

/** Creates a session of `partner` and waits for its widget; resolves with what finishes the flow in it. */
async function runCreated(partner: 'plaid' | 'checkout') {
  const onSuccess = vi.fn();
  mount(<ExchangeSessionLauncher source={{ create: partner }} checkout={{ publicKey }} onSuccess={onSuccess} />);
  if (partner === 'plaid') {
    await expect.element(page.getByRole('dialog', { name: /Plaid Link/ })).toBeVisible();
    return async function finish() {
      await userEvent.click(page.getByRole('button', { name: 'Continue' }));
      await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner, sessionId: fixtureSessionIds.plaid })));
    };
  }
  await expect.element(page.getByRole('textbox', { name: 'Card number' })).toBeVisible();
  return async function finish() {
    await userEvent.fill(page.getByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(page.getByRole('button', { name: 'Pay' }));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner, sessionId: fixtureSessionIds.checkout })));
  };
}

describe('a created session in Chromium, under StrictMode', () => {
  it.each(['plaid', 'checkout'] as const)('%s: a create answer with the session body opens the widget after one request', async (partner) => {
    const requests = backend(partner, 'body');
    const finish = await runCreated(partner);
    expect(requests).toEqual([`POST ${basePath} {"partner":"${partner}"}`]);
    // Nor is the session asked for later, while the flow runs to its end.
    await finish();
    expect(requests).toEqual([`POST ${basePath} {"partner":"${partner}"}`]);
  });

  it.each(['plaid', 'checkout'] as const)('%s: a create answer with the id alone opens the widget after two requests', async (partner) => {
    const requests = backend(partner, 'id');
    const finish = await runCreated(partner);
    const expected = [`POST ${basePath} {"partner":"${partner}"}`, `GET ${basePath}/${fixtureSessionIds[partner]}`];
    expect(requests).toEqual(expected);
    await finish();
    expect(requests).toEqual(expected);
  });
});
