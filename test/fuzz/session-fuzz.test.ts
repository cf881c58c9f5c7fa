// Property-based fuzzing of the parser and the fetch error mapping (fast-check): 10,000 generated
// responses a run (4,000 + 4,000 + 2,000), near the real shapes, each ending in a session of the
// right partner whose every field is the input's own, or an ExchangeSessionError, never another throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangePartner, ExchangeSession } from '../../src';
import { ExchangeSessionError, fetchExchangeSession, parseExchangeSession } from '../../src/core';
import { exchangeSessionFixture } from '../../src/testing/fixtures';

const runs = 4_000;
const partners: ExchangePartner[] = ['mx', 'plaid', 'checkout'];
const pollutingKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const hugeString = fc.constantFrom('x'.repeat(100_000), '\u{1F600}'.repeat(20_000), '\u0000'.repeat(1000));
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  hugeString,
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom(0, -1, NaN, true, [], {}, ''),
);
const fieldPath = fc.constantFrom(
  ['created'],
  ['_links'],
  ['_links', 'self'],
  ['_links', 'self', 'href'],
  ['_links', 'exchange-partner'],
  ['_links', 'exchange-partner', 'href'],
  ['_links', 'external-provider-session'],
  ['_links', 'external-provider-session', 'href'],
  ['externalProviderSessionToken'],
  ['externalProviderSessionData'],
  ['externalProviderSessionData', 'id'],
  ['externalProviderSessionData', 'payment_session_secret'],
  ['externalProviderSessionData', 'payment_session_token'],
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fieldPath, value: anyValue }),
  fc.record({ kind: fc.constant('delete' as const), path: fieldPath }),
  fc.record({ kind: fc.constant('extra' as const), path: fieldPath, key: fc.oneof(fc.string(), fc.constantFrom(...pollutingKeys)), value: anyValue }),
);

/** A real response shape (or nothing), then mutations, then a JSON round trip (so `__proto__` is an own key). */
const nearRealResponse = fc
  .record({
    base: fc.oneof(fc.constantFrom<ExchangePartner | 'none'>(...partners, 'none'), fc.constant('none' as const)),
    mutations: fc.array(mutation, { maxLength: 4 }),
    protoPayload: fc.option(fc.constantFrom<ExchangePartner>(...partners)),
  })
  .map(({ base, mutations, protoPayload }) => {
    const json: Record<string, unknown> = base === 'none' ? { created: '2026-11-25T00:00:00Z', _links: {} } : structuredClone(exchangeSessionFixture(base));
    for (const step of mutations) apply(json, step);
    let text = JSON.stringify(json) ?? 'null';
    if (protoPayload && text.startsWith('{')) {
      const payload = JSON.stringify(exchangeSessionFixture(protoPayload)).slice(1, -1);
      text = `{"__proto__":{${payload}},${text.slice(1)}`.replace(',}', '}');
    }
    return text;
  });

function apply(json: Record<string, unknown>, step: { kind: 'set' | 'delete' | 'extra'; path: readonly string[]; key?: string; value?: unknown }) {
  let node: unknown = json;
  for (const key of step.path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) return;
  const target = node as Record<string, unknown>;
  const last = step.path.at(-1)!;
  // Values are cloned: fast-check's constants are shared between runs and must never be mutated.
  const value = structuredClone(step.value);
  if (step.kind === 'delete') delete target[last];
  else if (step.kind === 'set') target[last] = value;
  else Object.defineProperty(target, step.key!, { value, enumerable: true, configurable: true, writable: true });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const own = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/** The partner the body really is, judged independently of the parser: exactly one well-typed partner field. */
function expectedPartner(json: unknown): ExchangePartner | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const links = own(json, '_links');
  const present = {
    mx: own(links, 'external-provider-session') != null,
    plaid: own(json, 'externalProviderSessionToken') != null,
    checkout: own(json, 'externalProviderSessionData') != null,
  };
  const found = partners.filter((partner) => present[partner]);
  return found.length === 1 ? found[0] : undefined;
}

/** What a session parsed from `json` must hold, field by field, read from the generated input itself. */
function expectedFields(json: unknown, partner: ExchangePartner): DistributiveOmit<ExchangeSession, 'id'> {
  const links = own(json, '_links');
  const base = { created: own(json, 'created'), partnerHref: own(own(links, 'exchange-partner'), 'href') } as { created: string; partnerHref: string };
  switch (partner) {
    case 'mx':
      return { partner, ...base, url: own(own(links, 'external-provider-session'), 'href') as string };
    case 'plaid':
      return { partner, ...base, linkToken: own(json, 'externalProviderSessionToken') as string };
    case 'checkout': {
      const data = own(json, 'externalProviderSessionData');
      const field = (key: string) => own(data, key) as string;
      return { partner, ...base, paymentSession: { id: field('id'), payment_session_secret: field('payment_session_secret'), payment_session_token: field('payment_session_token') } };
    }
  }
}

/** The ids a parsed session may carry: the one its self link names (a URL's last segment, or a bare id), or the one requested. */
function possibleIds(json: unknown, requestedId: string | undefined): unknown[] {
  const self = own(own(own(json, '_links'), 'self'), 'href');
  const href = typeof self === 'string' ? self.trim() : '';
  const segment = /^https?:\/\//i.test(href) ? /\/exchange-sessions\/([^/?#]+)/.exec(href)?.[1] : href;
  let fromSelf = segment;
  try {
    fromSelf = segment && decodeURIComponent(segment);
  } catch {
    // kept as it is
  }
  return [fromSelf, requestedId].filter((id) => id !== undefined);
}

describe('parseExchangeSession under fuzzing', () => {
  it(`returns the right partner or throws ExchangeSessionError, for ${runs} near-real responses`, () => {
    let sessions = 0;
    fc.assert(
      fc.property(nearRealResponse, fc.option(fc.string({ maxLength: 40 })), (text, requestedId) => {
        const json: unknown = JSON.parse(text);
        try {
          const session = parseExchangeSession(json, requestedId ?? undefined);
          sessions += 1;
          const partner = expectedPartner(json);
          expect(session.partner).toBe(partner);
          // Every field is the input's own value: a parser that drops or alters one fails here.
          expect(session).toEqual({ ...expectedFields(json, session.partner), id: session.id });
          expect(possibleIds(json, requestedId ?? undefined)).toContain(session.id);
        } catch (error) {
          expect(error).toBeInstanceOf(ExchangeSessionError);
          expect(['invalidResponse', 'unsupportedPartner']).toContain((error as ExchangeSessionError).code);
        }
      }),
      { numRuns: runs },
    );
    expect(sessions).toBeGreaterThan(runs / 20);
    expect(({} as Record<string, unknown>).externalProviderSessionToken).toBeUndefined();
  });

  it(`throws only ExchangeSessionError for ${runs} arbitrary JSON values`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        try {
          parseExchangeSession(json);
        } catch (error) {
          expect(error).toBeInstanceOf(ExchangeSessionError);
        }
      }),
      { numRuns: runs },
    );
  });
});

describe('the fetch error mapping under fuzzing', () => {
  const answer = fc.record({
    status: fc.oneof(fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 410, 429, 500, 502, 503), fc.integer({ min: 200, max: 599 })),
    type: fc.constantFrom('application/json', 'application/vnd.dwolla.v1.hal+json', 'text/html', 'text/plain', ''),
    body: fc.oneof(
      nearRealResponse,
      fc.constantFrom('', '<!doctype html><h1>502 Bad Gateway</h1>', '{"code":"NotFound","message":"gone"}', '{"code":1}', '{'),
      fc.string(),
    ),
  });

  it(`maps ${runs / 2} generated backend answers to a session or an ExchangeSessionError with the right code`, async () => {
    await fc.assert(
      fc.asyncProperty(answer, async ({ status, type, body }) => {
        const nullBodyStatus = [204, 205, 304].includes(status);
        const response = new Response(nullBodyStatus ? null : body, { status, headers: type ? { 'Content-Type': type } : {} });
        try {
          const session = await fetchExchangeSession('fuzzed-id', { session: async () => response });
          expect(status).toBeGreaterThanOrEqual(200);
          expect(status).toBeLessThan(300);
          expect(nullBodyStatus).toBe(false);
          const json: unknown = JSON.parse(body);
          expect(session.partner).toBe(expectedPartner(json));
          expect(session).toEqual({ ...expectedFields(json, session.partner), id: session.id });
        } catch (error) {
          expect(error).toBeInstanceOf(ExchangeSessionError);
          const { code } = error as ExchangeSessionError;
          if (status >= 500) expect(code).toBe('server');
          else if (status === 404 || status === 410) expect(code).toBe('notFound');
          else if (status >= 400) expect(['unauthorized', 'forbidden', 'rateLimited', 'badRequest']).toContain(code);
          else expect(['invalidResponse', 'unsupportedPartner']).toContain(code);
        }
      }),
      { numRuns: runs / 2 },
    );
  });
});
