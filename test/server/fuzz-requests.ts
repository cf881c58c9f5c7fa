import fc from 'fast-check';

/** One generated request to the app's backend, before it is written as a Web Request or raw bytes. */
export interface FuzzRequest {
  method: string;
  /** The request target as sent: percent-encoded, possibly hostile. */
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer> | undefined;
  /** For the socket only: how the body is framed, or a client that leaves halfway through it. */
  framing: 'length' | 'chunked' | 'abandon';
}

const validSession = (ids: readonly string[]) => fc.constantFrom(...ids);
const hostileSegment = fc.oneof(
  fc.constantFrom('', '.', '..', '%2e%2e', '%2E', '%2F', 'a%2Fb', '%00', '%ZZ', '%', '%C0%AF', 'https%3A%2F%2Fevil.example%2Fexchange-sessions%2Fx', '..%2Ftoken', '~', 'x'.repeat(3000)),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
  fc.stringMatching(/^[\w.~-]{1,40}$/),
);

function paths(base: string, ids: readonly string[], fundingSourceIds: readonly string[]) {
  const segment = fc.oneof({ weight: 6, arbitrary: validSession(ids) }, { weight: 2, arbitrary: hostileSegment });
  const sub = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('', '/exchange', '/available-connections') },
    { weight: 1, arbitrary: fc.constantFrom('/token', '/exchange/extra', '/available-connections/') },
  );
  const fundingSource = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fundingSourceIds) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 2, arbitrary: hostileSegment });
  const linked = fc.oneof(
    { weight: 3, arbitrary: fc.constant(`${base}/linked`) },
    { weight: 4, arbitrary: fundingSource.map((id) => `${base}/linked/${id}/remove`) },
    { weight: 1, arbitrary: fc.constantFrom(`${base}/linked/`, `${base}/linked/remove`, `${base}/linked//remove`, `${base}/linked/x/remove/extra`, `${base}/LINKED`, `${base}/linked/%2e%2e/remove`) },
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(base) },
    { weight: 6, arbitrary: fc.tuple(segment, sub).map(([id, rest]) => `${base}/${id}${rest}`) },
    { weight: 3, arbitrary: linked },
    { weight: 1, arbitrary: fc.constantFrom(`${base}/`, `${base}//`, `${base}-other`, '/api/exchanges', '/', `${base}?partner=plaid`, `/..${base}`, `${base}/%2e%2e/%2e%2e/token`) },
  );
}

const token = fc.oneof(fc.constantFrom('public-sandbox-fake', 'fake-connection-token-checking', 'pay_fake0001', ''), fc.string({ maxLength: 30 }), fc.constant('x'.repeat(2049)));
const fundingSource = fc.oneof(
  fc.constant({ name: 'Checking', bankAccountType: 'checking' }),
  fc.constant({ name: 'Card', cardDetails: { firstName: 'A', lastName: 'B', billingAddress: { address1: '1 St', city: 'C', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' } } }),
  fc.json().map((text) => JSON.parse(text) as unknown),
);
const validBodies = fc.oneof(
  fc.constant({}),
  fc.record({ partner: fc.constantFrom('mx', 'plaid', 'checkout', 'PLAID', 'finicity') }, { requiredKeys: [] }),
  fc.record({ partner: fc.constantFrom('plaid'), redirectUrl: fc.constantFrom('https://app.example/return', 'https://evil.example/') }),
  fc.record({ exchangeId: fc.oneof(fc.constantFrom('..', 'a/b', ' '), fc.uuid()) }),
  fc.record({ exchangeId: fc.uuid(), redirectUrl: fc.constantFrom('https://app.example/return', 'https://evil.example/') }),
  fc.record({ partner: fc.constantFrom('plaid'), publicToken: token, fundingSource }, { requiredKeys: ['partner'] }),
  fc.record({ partner: fc.constantFrom('mx'), availableConnectionToken: token, fundingSource }, { requiredKeys: ['partner'] }),
  fc.record({ partner: fc.constantFrom('checkout'), paymentId: token, fundingSource }, { requiredKeys: ['partner'] }),
  fc.record({ partner: fc.constantFrom('mx', 'plaid'), exchangeUrl: fc.constantFrom('https://evil.example/exchanges/x', 'not a url'), fundingSource }),
);
const bodies = fc.oneof(
  { weight: 6, arbitrary: validBodies.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"partner":"plaid"}}', '{"constructor":{"prototype":{"partner":"mx"}}}', '[', '\uFEFF{}', '{"partner":"plaid","partner":"mx"}', '['.repeat(4000)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.integer({ min: 8 * 1024 - 64, max: 20 * 1024 }).map((size) => JSON.stringify({ partner: 'plaid', publicToken: 'x'.repeat(size) })) },
);

const contentTypes = fc.constantFrom('application/json', 'application/json', 'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json', undefined);
const origins = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(undefined, 'https://app.example') }, { weight: 1, arbitrary: fc.constantFrom('https://evil.example', 'null') });
const idempotencyKeys = fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.oneof(fc.uuid(), fc.constantFrom('click-1', 'k'.repeat(256), 'two words', '')) });
const users = fc.oneof({ weight: 9, arbitrary: fc.constant('user-1') }, { weight: 1, arbitrary: fc.constantFrom('stranger', undefined) });

/**
 * Requests to the handler's routes and around them (mostly GET and POST, sometimes `otherMethods`),
 * naming `sessionIds` and `fundingSourceIds` and others: paths, encodings, headers, bodies, sizes.
 */
export function fuzzRequests(base: string, sessionIds: readonly string[], fundingSourceIds: readonly string[], otherMethods: readonly string[]) {
  return fc
    .record({
      method: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('GET', 'POST', 'POST') }, { weight: 2, arbitrary: fc.constantFrom(...otherMethods) }),
      path: paths(base, sessionIds, fundingSourceIds),
      contentType: contentTypes,
      origin: origins,
      user: users,
      idempotencyKey: idempotencyKeys,
      body: fc.option(bodies, { nil: undefined, freq: 8 }),
      framing: fc.constantFrom<FuzzRequest['framing']>('length', 'length', 'length', 'length', 'chunked', 'abandon'),
    })
    .map(({ method, path, contentType, origin, user, idempotencyKey, body, framing }): FuzzRequest => {
      const headers: Record<string, string> = {};
      if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
      if (contentType) headers['content-type'] = contentType;
      if (origin) headers.origin = origin;
      if (user) headers['x-fake-user'] = user;
      const hasBody = method !== 'GET' && method !== 'HEAD';
      return { method, path, headers, body: hasBody ? body : undefined, framing };
    });
}
