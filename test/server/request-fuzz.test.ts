import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDwolla } from '../../src/testing';
import { createDwollaClient } from '../../src/server';
import { startFakeDwolla } from '../../src/testing/fake-dwolla';
import { fakeDwollaCredentials } from '../../src/testing/fake-dwolla-state';
import { fuzzRequests, type FuzzRequest } from './fuzz-requests';
import { base, customerId, handlerFor, otherCustomerIds } from './handler-harness';
import { linkAccount, plaidToken } from './linked-harness';
import { abandonRequest, rawExchange, serveThroughAdapter } from './raw-http';

const runs = 10_000;
const secrets = [fakeDwollaCredentials.key, fakeDwollaCredentials.secret, 'fake-access-token'];
const statuses = new Set([200, 201, 400, 403, 404, 405, 413, 415, 502]);
const errorKeys = new Set(['code', 'message', '_embedded', '_links']);
// The Dwolla calls the handler may make: its own resources, with the request's customer only.
const dwollaRoutes = [
  /^POST \/token$/,
  /^GET \/exchange-partners$/,
  /^GET \/exchange-sessions\/(?<id>[^/]+)$/,
  /^POST \/exchanges\/(?<id>[^/]+)\/exchange-sessions$/,
  /^(GET|POST) \/customers\/(?<customer>[^/]+)\/exchanges$/,
  /^POST \/customers\/(?<customer>[^/]+)\/(exchange-sessions|funding-sources)$/,
  /^GET \/customers\/(?<customer>[^/]+)\/available-exchange-connections$/,
  /^GET \/customers\/(?<customer>[^/]+)\/funding-sources$/,
  /^(GET|POST) \/funding-sources\/(?<id>[^/]+)$/,
];

let dwolla: FakeDwolla;
let sessionIds: string[];
/** The customer's funding sources, and another customer's. */
let fundingSourceIds: { own: string[]; others: string[] };
const crashes: unknown[] = [];
const onCrash = (reason: unknown) => crashes.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  dwolla = await startFakeDwolla({ customers: [customerId, otherCustomerIds[0]!], pageSize: 2 });
  sessionIds = (['mx', 'plaid', 'checkout'] as const).map((partner) => dwolla.addSession(partner, customerId));
  const client = createDwollaClient({ ...fakeDwollaCredentials, environment: 'sandbox', baseUrl: dwolla.baseUrl });
  const link = async (customer: string) => (await linkAccount(client, customer, plaidToken(), { name: 'Checking', bankAccountType: 'checking' })).fundingSource?.id ?? '';
  fundingSourceIds = { own: [await link(customerId), await link(customerId), await link(customerId)], others: [await link(otherCustomerIds[0]!)] };
});
afterAll(async () => {
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);
  await dwolla.close();
});

const handler = () =>
  handlerFor(dwolla, {
    authorize: (request, id) => request.headers.get('x-fake-user') === 'user-1' && sessionIds.includes(id),
    authorizeExchange: (request) => request.headers.get('x-fake-user') === 'user-1',
    allowedOrigins: ['https://app.example'],
    redirectUrls: ['https://app.example/return'],
    accountState: (_request, { exchangeId }) => (exchangeId.endsWith('1') ? 'reauthenticationRequired' : undefined),
  });

/** Every answer: an expected status, JSON in Dwolla's error shape or a success, no secret, `Allow` with 405. */
function checkAnswer(request: FuzzRequest, status: number, headers: (name: string) => string | null, text: string) {
  const where = `${request.method} ${request.path} → ${String(status)} ${text.slice(0, 200)}`;
  expect(statuses.has(status), where).toBe(true);
  for (const secret of secrets) expect(text, where).not.toContain(secret);
  if (status === 405) expect(headers('allow'), where).toMatch(/^(GET|POST)(, POST)?$/);
  if (request.method === 'HEAD') return;
  expect(() => JSON.parse(text) as unknown, where).not.toThrow();
  const body = JSON.parse(text) as Record<string, unknown>;
  if (status >= 400) {
    expect(typeof body.code === 'string' && typeof body.message === 'string', where).toBe(true);
    expect(Object.keys(body).filter((key) => !errorKeys.has(key)), where).toEqual([]);
  } else {
    // Only a same-site JSON request is ever served: no form, text/plain or foreign Origin.
    expect(request.method === 'GET' || /^application\/json(;|$)/i.test(request.headers['content-type'] ?? ''), where).toBe(true);
    expect([undefined, 'https://app.example'], where).toContain(request.headers.origin);
    if (status === 201) expect(headers('location'), where).toBeTruthy();
  }
}

/**
 * Every Dwolla call since `from` is one of the handler's own, about the customer and ids the
 * requests named, or a read of a session it created since `sessionsFrom` (the create answer's body).
 */
function checkDwollaCalls(from: number, sessionsFrom: number, named: string) {
  const createdSessions = [...dwolla.sessions].slice(sessionsFrom).filter(([, session]) => session.customerId === customerId);
  const allowed = `${named}\n${createdSessions.map(([id]) => id).join('\n')}`;
  for (const { method, path, body } of dwolla.requests.slice(from)) {
    const call = `${method} ${path}`;
    expect(JSON.stringify(body ?? '').length, `${call}: the body forwarded to Dwolla`).toBeLessThan(8 * 1024);
    const match = dwollaRoutes.map((route) => route.exec(call)).find(Boolean);
    expect(match, `${call} for ${named.slice(0, 200)}`).toBeTruthy();
    const { id, customer } = match?.groups ?? {};
    if (customer !== undefined) expect(decodeURIComponent(customer)).toBe(customerId);
    if (id !== undefined) {
      expect(['.', '..']).not.toContain(decodeURIComponent(id));
      expect(method === 'GET' ? allowed : named, call).toContain(decodeURIComponent(id));
    }
    // Only the customer's own funding sources are ever removed.
    if (method === 'POST' && path.startsWith('/funding-sources/')) expect(fundingSourceIds.own, call).toContain(id);
  }
}

const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const report = (label: string, counts: Map<string, number>) =>
  console.log(`${label}: ${String([...counts.values()].reduce((a, b) => a + b, 0))} requests; ${[...counts].sort().map(([key, n]) => `${key}: ${String(n)}`).join(', ')}`);
const decodeAll = (text: string) => text.replace(/(%[0-9a-f]{2})+/gi, (run) => {
  try {
    return decodeURIComponent(run);
  } catch {
    return run;
  }
});

describe(`request fuzz: ${String(runs)} generated requests each way`, () => {
  it('through the Web handler: every one answered in Dwolla’s shape, no foreign Dwolla call', async () => {
    const web = handler();
    const counts = new Map<string, number>();
    const linkedCounts = new Map<string, number>();
    const requests = fc.sample(fuzzRequests(base, sessionIds, [...fundingSourceIds.own, ...fundingSourceIds.others], ['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']), { numRuns: runs, seed: 16 });
    for (const [index, request] of requests.entries()) {
      // Now and then Dwolla has an outage on whatever the next call is: a 502, never a 500.
      if (index % 40 === 0) dwolla.fault({ path: /./ }, { status: 503 });
      const from = dwolla.requests.length;
      const sessionsFrom = dwolla.sessions.size;
      const response = await web(new Request(`https://app.example${request.path}`, { method: request.method, headers: request.headers, body: request.body }));
      tally(counts, String(response.status));
      if (request.path.includes('/linked')) tally(linkedCounts, String(response.status));
      checkAnswer(request, response.status, (name) => response.headers.get(name), await response.text());
      checkDwollaCalls(from, sessionsFrom, `${decodeAll(request.path)} ${typeof request.body === 'string' ? request.body : ''}`);
    }
    report('Web handler', counts);
    report('Web handler, of which under {basePath}/linked', linkedCounts);
    expect(crashes).toEqual([]);
  }, 60_000);

  it('through toNodeHandler on a real socket: the same, hostile framing and hosts included, and the process alive', async () => {
    const served = await serveThroughAdapter(handler());
    const counts = new Map<string, number>();
    const requests = fc.sample(fuzzRequests(base, sessionIds, [...fundingSourceIds.own, ...fundingSourceIds.others], ['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE']), { numRuns: runs, seed: 61 });
    const from = dwolla.requests.length;
    const sessionsFrom = dwolla.sessions.size;
    try {
      for (let at = 0; at < requests.length; at += 8) {
        if (at % 320 === 0) dwolla.fault({ path: /./ }, { status: 503 });
        await Promise.all(requests.slice(at, at + 8).map((request, index) => sendRaw(served.port, request, at + index, counts)));
      }
      const outcomes = await Promise.allSettled(served.settled);
      expect(outcomes.filter(({ status }) => status === 'rejected')).toEqual([]);
      checkDwollaCalls(from, sessionsFrom, requests.map((request) => `${decodeAll(request.path)} ${typeof request.body === 'string' ? request.body : ''}`).join('\n'));
      const alive = await rawExchange(served.port, `GET ${base}/${sessionIds[0]!} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Fake-User: user-1\r\nConnection: close\r\n\r\n`);
      expect(alive?.status).toBe(200);
    } finally {
      await served.close();
    }
    report('Node adapter', counts);
    expect(crashes).toEqual([]);
  }, 120_000);
});

const hosts = ['bad host', 'app.example/evil', 'user@app.example', '[::1', '', 'app_backend:3000', "a~b!$&'()*+,;=%41"];

async function sendRaw(port: number, request: FuzzRequest, index: number, counts: Map<string, number>) {
  const host = index % 97 === 0 ? hosts[index % hosts.length]! : '127.0.0.1';
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  // Now and then the absolute form of the target (RFC 9112 §3.2.2), as a proxy may send it.
  const target = index % 53 === 0 ? `http://app_backend:3000${request.path}` : request.path;
  const head = [`${request.method} ${target} HTTP/1.1`, `Host: ${host}`, 'Connection: close', ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`)];
  if (body && request.framing === 'abandon') {
    await abandonRequest(port, `${[...head, `Content-Length: ${String(body.length + 10)}`].join('\r\n')}\r\n\r\n${body.subarray(0, body.length >> 1).toString('latin1')}`);
    tally(counts, 'abandoned');
    return;
  }
  const framed =
    body && request.framing === 'chunked'
      ? Buffer.concat([Buffer.from(`${[...head, 'Transfer-Encoding: chunked'].join('\r\n')}\r\n\r\n`), chunk(body), Buffer.from('0\r\n\r\n')])
      : Buffer.concat([Buffer.from(`${[...head, `Content-Length: ${String(body?.length ?? 0)}`].join('\r\n')}\r\n\r\n`), body ?? Buffer.alloc(0)]);
  const answer = await rawExchange(port, framed);
  expect(answer, `${request.method} ${request.path} (Host: ${host}) got no answer`).toBeDefined();
  tally(counts, String(answer?.status));
  if (answer) checkAnswer(request, answer.status, (name) => answer.headers[name] ?? null, answer.body);
}

function chunk(body: Buffer): Buffer {
  return body.length === 0 ? body : Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n')]);
}
