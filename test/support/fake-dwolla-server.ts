import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExchangePartner } from '../../src/core/session';
import { exchangeSessionFixture } from '../../src/testing/fixtures';

/** Obviously fake application credentials. */
export const fakeDwollaCredentials = { key: 'fake-dwolla-key-0000', secret: 'fake-dwolla-secret-0000' } as const;

const hal = 'application/vnd.dwolla.v1.hal+json';
const partnerIds: Record<ExchangePartner | 'finicity', string> = {
  mx: 'fa4e0002-0000-4000-8000-0000000000b1',
  plaid: 'fa4e0002-0000-4000-8000-0000000000b2',
  checkout: 'fa4e0002-0000-4000-8000-0000000000b3',
  finicity: 'fa4e0002-0000-4000-8000-0000000000b4',
};
const partnerNames: Record<keyof typeof partnerIds, string> = { mx: 'MX', plaid: 'Plaid', checkout: 'Checkout.com', finicity: 'Finicity' };

/** What the fake recorded of one request. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** Options of {@link startFakeDwolla}. */
export interface FakeDwollaOptions {
  /** The `expires_in` of the tokens it issues, in seconds. */
  tokenLifetimeSeconds?: number;
  /** The MX Connect URL of its MX sessions, asked for each time (a local fake page's); the fixture's by default. */
  mxUrl?: () => string | undefined;
}

/**
 * A local HTTP server on 127.0.0.1 that answers like Dwolla's API for the exchange flow: the token
 * endpoint (HTTP Basic, client credentials), exchange partners, exchange sessions with `Location`
 * headers, re-authentication sessions, available connections, exchanges (created, and listed per
 * customer), funding sources (an account linked twice refused as Dwolla does, `DuplicateResource`;
 * an outage on demand), HAL errors, and tokens that can be expired at will (the next request then
 * gets a 401).
 */
export async function startFakeDwolla({ tokenLifetimeSeconds = 3600, mxUrl }: FakeDwollaOptions = {}) {
  const requests: RecordedRequest[] = [];
  const validTokens = new Set<string>();
  const sessions = new Map<string, { partner: ExchangePartner; customerId: string }>();
  const exchanges = new Map<string, { customerId: string; partner: ExchangePartner; body: unknown }>();
  const fundingSources: Array<{ customerId: string; body: unknown }> = [];
  // The funding source of each customer's linked account (an exchange's token), to refuse duplicates.
  const linkedAccounts = new Map<string, string>();
  let failingFundingSources = 0;
  let tokensIssued = 0;
  let nextId = 0;
  const newId = () => `fa4e${String(++nextId).padStart(4, '0')}-0000-4000-8000-00000000f${String(nextId).padStart(3, '0')}`;

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => send(response, 500, { code: 'ServerError', message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A test process must be able to exit even if a run forgets to close the fake.
  server.unref();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const partnerHref = (partner: keyof typeof partnerIds) => `${baseUrl}/exchange-partners/${partnerIds[partner]}`;
  const partnerOfHref = (href: unknown) =>
    (Object.keys(partnerIds) as Array<keyof typeof partnerIds>).find((partner) => partnerHref(partner) === href);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const { pathname } = new URL(request.url ?? '/', baseUrl);
    const text = await readText(request);
    const body = request.headers['content-type']?.includes('json') && text ? JSON.parse(text) : text || undefined;
    requests.push({
      method: request.method ?? 'GET',
      path: pathname,
      authorization: request.headers.authorization,
      accept: request.headers.accept,
      contentType: request.headers['content-type'],
      body,
    });

    if (request.method === 'POST' && pathname === '/token') {
      const expected = `Basic ${Buffer.from(`${fakeDwollaCredentials.key}:${fakeDwollaCredentials.secret}`).toString('base64')}`;
      if (request.headers.authorization !== expected || text !== 'grant_type=client_credentials') {
        return send(response, 401, { error: 'invalid_client' }, 'application/json');
      }
      const token = `fake-access-token-${++tokensIssued}`;
      validTokens.add(token);
      return send(response, 200, { access_token: token, token_type: 'bearer', expires_in: tokenLifetimeSeconds }, 'application/json');
    }

    const bearer = request.headers.authorization?.replace(/^Bearer /, '');
    if (!bearer || !validTokens.has(bearer)) return send(response, 401, { code: 'ExpiredAccessToken', message: 'Expired access token.' });
    if (request.headers.accept !== hal) return send(response, 406, { code: 'InvalidVersion', message: 'Missing or invalid Accept header.' });

    let match: RegExpMatchArray | null;
    if (request.method === 'GET' && pathname === '/exchange-partners') {
      const list = (Object.keys(partnerIds) as Array<keyof typeof partnerIds>).map((partner) => ({
        _links: { self: { href: partnerHref(partner) } },
        id: partnerIds[partner],
        name: partnerNames[partner],
        status: 'active',
        created: '2024-01-01T00:00:00.000Z',
      }));
      return send(response, 200, { _links: {}, _embedded: { 'exchange-partners': list }, total: list.length });
    }
    if (request.method === 'POST' && (match = pathname.match(/^\/customers\/([^/]+)\/exchange-sessions$/))) {
      const partner = partnerOfHref((body as { _links?: { 'exchange-partner'?: { href?: string } } })?._links?.['exchange-partner']?.href);
      if (!partner || partner === 'finicity') return validationError(response, 'Invalid exchange partner.', '/_links/exchange-partner/href');
      return created(response, `/exchange-sessions/${addSession(partner, decodeURIComponent(match[1]!))}`);
    }
    if (request.method === 'GET' && (match = pathname.match(/^\/exchange-sessions\/([^/]+)$/))) {
      const id = decodeURIComponent(match[1]!);
      const session = sessions.get(id);
      if (!session) return send(response, 404, { code: 'NotFound', message: 'Exchange session not found.' });
      const json = JSON.stringify(exchangeSessionFixture(session.partner, { id, mxUrl: mxUrl?.() }));
      return send(response, 200, JSON.parse(json.replaceAll('https://api-sandbox.dwolla.com', baseUrl)));
    }
    if (request.method === 'POST' && (match = pathname.match(/^\/exchanges\/([^/]+)\/exchange-sessions$/))) {
      const exchange = exchanges.get(decodeURIComponent(match[1]!));
      if (!exchange) return send(response, 404, { code: 'NotFound', message: 'Exchange not found.' });
      return created(response, `/exchange-sessions/${addSession(exchange.partner, exchange.customerId)}`);
    }
    if (request.method === 'GET' && (match = pathname.match(/^\/customers\/([^/]+)\/available-exchange-connections$/))) {
      return send(response, 200, {
        _links: {},
        _embedded: {
          'available-exchange-connections': [
            { availableConnectionToken: 'fake-connection-token-checking', name: 'MX Bank Checking' },
            { availableConnectionToken: 'fake-connection-token-savings', name: 'MX Bank Savings' },
          ],
        },
      });
    }
    if (request.method === 'GET' && (match = pathname.match(/^\/customers\/([^/]+)\/exchanges$/))) {
      const customerId = decodeURIComponent(match[1]!);
      const listed = [...exchanges].filter(([, exchange]) => exchange.customerId === customerId);
      return send(response, 200, {
        _links: { self: { href: `${baseUrl}${pathname}` } },
        _embedded: { exchanges: listed.map(([id]) => ({ _links: { self: { href: `${baseUrl}/exchanges/${id}` } }, id, status: 'active' })) },
        total: listed.length,
      });
    }
    if (request.method === 'POST' && (match = pathname.match(/^\/customers\/([^/]+)\/exchanges$/))) {
      const partner = partnerOfHref((body as { _links?: { 'exchange-partner'?: { href?: string } } })?._links?.['exchange-partner']?.href);
      if (!partner || partner === 'finicity' || !hasExchangeToken(partner, body)) return validationError(response, 'Invalid exchange.', '/');
      const id = newId();
      exchanges.set(id, { customerId: decodeURIComponent(match[1]!), partner, body });
      return created(response, `/exchanges/${id}`);
    }
    if (request.method === 'POST' && (match = pathname.match(/^\/customers\/([^/]+)\/funding-sources$/))) {
      if (failingFundingSources > 0) {
        failingFundingSources -= 1;
        return send(response, 500, { code: 'ServerError', message: 'A server error occurred.' });
      }
      const customerId = decodeURIComponent(match[1]!);
      const exchangeId = (body as { _links?: { exchange?: { href?: string } } })?._links?.exchange?.href?.split('/').pop();
      const exchange = exchangeId ? exchanges.get(exchangeId) : undefined;
      const account = exchange && `${customerId} ${JSON.stringify(exchange.body)}`;
      const existing = account && linkedAccounts.get(account);
      if (existing) {
        return send(response, 400, {
          code: 'DuplicateResource',
          message: `Bank already exists: id=${existing}`,
          _links: { about: { href: `${baseUrl}/funding-sources/${existing}`, type: 'application/vnd.dwolla.v1.hal+json', 'resource-type': 'funding-source' } },
        });
      }
      const id = newId();
      if (account) linkedAccounts.set(account, id);
      fundingSources.push({ customerId, body });
      return created(response, `/funding-sources/${id}`);
    }
    return send(response, 404, { code: 'NotFound', message: 'The requested resource was not found.' });
  }

  function addSession(partner: ExchangePartner, customerId: string): string {
    const id = newId();
    sessions.set(id, { partner, customerId });
    return id;
  }

  function created(response: ServerResponse, path: string) {
    response.writeHead(201, { Location: `${baseUrl}${path}` });
    response.end();
  }

  return {
    baseUrl,
    requests,
    exchanges,
    fundingSources,
    /** Makes the next funding source fail with a 500, as when Dwolla has an outage. */
    failNextFundingSource: () => void (failingFundingSources += 1),
    partnerHref,
    /** Creates a session directly, as the app's backend would have before the page loads. */
    addSession,
    get tokensIssued() {
      return tokensIssued;
    },
    /** Invalidates every token issued so far: the next API request gets a 401. */
    expireTokens: () => validTokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The fake's handle, as its tests use it. */
export type FakeDwolla = Awaited<ReturnType<typeof startFakeDwolla>>;

function hasExchangeToken(partner: ExchangePartner, body: unknown): boolean {
  const value = body as { plaid?: { publicToken?: unknown }; mx?: { availableConnectionToken?: unknown }; token?: unknown };
  switch (partner) {
    case 'plaid':
      return typeof value.plaid?.publicToken === 'string';
    case 'mx':
      return typeof value.mx?.availableConnectionToken === 'string';
    case 'checkout':
      return typeof value.token === 'string';
  }
}

function validationError(response: ServerResponse, message: string, path: string) {
  send(response, 400, {
    code: 'ValidationError',
    message: 'Validation error(s) present. See embedded errors list for more details.',
    _embedded: { errors: [{ code: 'Invalid', message, path }] },
  });
}

function send(response: ServerResponse, status: number, body: unknown, type = hal) {
  response.writeHead(status, { 'Content-Type': type });
  response.end(JSON.stringify(body));
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
